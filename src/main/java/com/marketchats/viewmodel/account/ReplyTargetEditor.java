package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.WorkingDay;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The reply target of the cabinet selected in Settings, as texts the seller types: "answer within" as
 * h:mm, the warning in minutes, and each weekday's hours as hh:mm. Every edit that reads as a valid target
 * goes to the cabinet at once (saved with Save); one that does not is refused with a message saying what to
 * type, and the cabinet keeps its last valid target, so a half-typed time never reaches the settings.
 */
public final class ReplyTargetEditor {

    private final I18n texts;
    private final StringProperty answerWithin = new SimpleStringProperty(this, "answerWithin", "");
    private final StringProperty warnBefore = new SimpleStringProperty(this, "warnBefore", "");
    private final List<WeekdayHours> days;
    private final CabinetEdit<ReplyTarget> edit;

    /** @param commit takes a valid target for a cabinet id */
    ReplyTargetEditor(I18n texts, BiConsumer<String, ReplyTarget> commit) {
        this.texts = texts;
        this.days = WeekdayHours.week(texts);
        List<ObservableValue<?>> fields = new ArrayList<>(List.of(answerWithin, warnBefore));
        days.forEach(day -> fields.addAll(day.fields()));
        this.edit = new CabinetEdit<>(fields, this::read, commit);
    }

    /** Shows a cabinet's target for editing; a null id shows none. */
    void edit(String accountId, ReplyTarget target) {
        edit.load(accountId, () -> show(target == null ? ReplyTarget.DEFAULT : target));
    }

    private void show(ReplyTarget shown) {
        answerWithin.set(hoursAndMinutes(shown.answerWithin()));
        warnBefore.set(Long.toString(shown.warnBefore().toMinutes()));
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkingDay hours = shown.day(day);
            days.get(day.ordinal()).show(hours.on(), WorkingDay.clockText(hours.fromMinute()),
                    WorkingDay.clockText(hours.toMinute()));
        }
    }

    private ReplyTarget read() {
        Duration within = answerWithin();
        Duration warn = warnBefore(within);
        List<WorkingDay> workingDays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            WeekdayHours row = days.get(day.ordinal());
            try {
                workingDays.add(new WorkingDay(day, row.on().get(), WorkingDay.minuteOf(row.from().get()),
                        WorkingDay.minuteOf(row.to().get())));
            } catch (IllegalArgumentException wrong) {
                throw new InputRefused(texts.text("settings.replyTarget.error.hours", row.name()));
            }
        }
        if (workingDays.stream().noneMatch(WorkingDay::on)) {
            throw new InputRefused(texts.text("settings.replyTarget.error.noDay"));
        }
        return new ReplyTarget(within, warn, workingDays);
    }

    /** "1:30" or "90" (minutes), from 0:05 to 48:00. */
    private Duration answerWithin() {
        String text = answerWithin.get() == null ? "" : answerWithin.get().strip();
        try {
            Duration within = text.matches("\\d{1,3}") ? Duration.ofMinutes(Integer.parseInt(text))
                    : text.matches("\\d{1,2}:\\d{2}") && Integer.parseInt(text.substring(text.indexOf(':') + 1)) < 60
                    ? Duration.ofMinutes(Integer.parseInt(text.substring(0, text.indexOf(':'))) * 60L
                    + Integer.parseInt(text.substring(text.indexOf(':') + 1))) : null;
            if (within != null && within.compareTo(ReplyTarget.SHORTEST) >= 0
                    && within.compareTo(ReplyTarget.LONGEST) <= 0) {
                return within;
            }
        } catch (NumberFormatException notNumber) {
            // Refused below, like any other text that is not a duration.
        }
        throw new InputRefused(texts.text("settings.replyTarget.error.within"));
    }

    private Duration warnBefore(Duration within) {
        String text = warnBefore.get() == null ? "" : warnBefore.get().strip();
        if (text.matches("\\d{1,4}") && Duration.ofMinutes(Integer.parseInt(text)).compareTo(within) < 0) {
            return Duration.ofMinutes(Integer.parseInt(text));
        }
        throw new InputRefused(texts.text("settings.replyTarget.error.warn"));
    }

    private static String hoursAndMinutes(Duration duration) {
        return duration.toHours() + ":" + String.format("%02d", duration.toMinutesPart());
    }

    /** "Answer within", as h:mm (or minutes). */
    public StringProperty answerWithinProperty() {
        return answerWithin;
    }

    /** Minutes before the breach to warn at; 0: no warning. */
    public StringProperty warnBeforeProperty() {
        return warnBefore;
    }

    /** Monday first. */
    public List<WeekdayHours> days() {
        return days;
    }

    /** What is wrong with the input, in the user's language; null while it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return edit.errorProperty();
    }

    /** Whether a cabinet is selected to edit. */
    public ReadOnlyBooleanProperty editingProperty() {
        return edit.editingProperty();
    }
}
