package com.marketchats.viewmodel.window;

import com.marketchats.api.ApiOperation;
import com.marketchats.i18n.I18n;
import com.marketchats.service.budget.BudgetState;
import com.marketchats.service.budget.MethodBudget;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the status bar's budget meter says about a {@link BudgetState}: sending and reading left of
 * their windows, until when an exhausted one waits, and per method in the tooltip what is used, what
 * is left and when its window resets. Times of day, not countdowns: the meter is redrawn on budget
 * changes and window ends, not every second.
 */
final class BudgetTexts {

    /** Below this share of a window's budget left, the budget text turns to a warning. */
    static final double LOW_BUDGET_SHARE = 0.1;

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final I18n texts;
    private final DateTimeFormatter timeOfDay;

    BudgetTexts(I18n texts, Clock clock) {
        this.texts = texts;
        this.timeOfDay = TIME_OF_DAY.withZone(clock.getZone());
    }

    /** "API this hour: sending 998 of 1,000, reading 0 of 10,000 · reading waits … until 14:52:10". */
    String meter(BudgetState state) {
        MethodBudget sending = state.method(ApiOperation.SEND_MESSAGE_TO_CHAT);
        MethodBudget reading = state.method(ApiOperation.GET_CHAT_HISTORY);
        String text = texts.text("status.budget", sending.remaining(), sending.limit(),
                reading.remaining(), reading.limit());
        if (sending.exhaustedUntil() != null) {
            text = texts.text("status.budget.sendingWaits", text, time(sending.exhaustedUntil()));
        }
        if (reading.exhaustedUntil() != null) {
            text = texts.text("status.budget.readingWaits", text, time(reading.exhaustedUntil()));
        }
        return text;
    }

    /** One line per API method, in {@link ApiOperation} order. */
    String tooltip(BudgetState state) {
        List<String> lines = new ArrayList<>();
        for (MethodBudget method : state.methods().values()) {
            String name = method.operation().operationId();
            Instant waitsUntil = method.exhaustedUntil();
            if (waitsUntil != null) {
                lines.add(texts.text("status.budget.method.waiting", name, method.used(), method.limit(), time(waitsUntil)));
            } else if (method.windowResetsAt() != null) {
                lines.add(texts.text("status.budget.method", name, method.used(), method.limit(), method.remaining(),
                        time(method.windowResetsAt())));
            } else {
                lines.add(texts.text("status.budget.method.fresh", name, method.used(), method.limit(),
                        method.remaining()));
            }
        }
        return String.join("\n", lines);
    }

    /** True when sending or reading is nearly spent or waits. */
    static boolean low(BudgetState state) {
        return low(state.method(ApiOperation.SEND_MESSAGE_TO_CHAT)) || low(state.method(ApiOperation.GET_CHAT_HISTORY));
    }

    private static boolean low(MethodBudget method) {
        return method.exhaustedUntil() != null
                || (method.limit() > 0 && method.remaining() < method.limit() * LOW_BUDGET_SHARE);
    }

    private String time(Instant instant) {
        return timeOfDay.format(instant);
    }
}
