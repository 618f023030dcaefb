package com.marketchats.viewmodel.chatlist;

import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat list's reply deadlines as a whole: the cabinet's target the rows are measured against, and how
 * many chats that need a reply are past it (the Needs-reply tab's red count). The count covers every such
 * chat under the current topic and search, whichever tab is shown, so it is kept from the waits the
 * reader hands over and recounted on each minute's tick without reading the store again.
 */
public final class ReplyDeadlineBoard {

    private final UiContext ui;
    private final ReplyDeadlines deadlines;
    private final Runnable reload;
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    /** Confined to the UI executor's thread, like the list it goes with. */
    private List<Instant> waits = List.of();
    private final List<Runnable> recountListeners = new ArrayList<>();
    private long version;

    /** @param reload reads the list again, when a new target changes every row */
    ReplyDeadlineBoard(UiContext ui, Runnable reload) {
        this.ui = ui;
        this.deadlines = new ReplyDeadlines(ui.texts(), ui.clock());
        this.reload = reload;
    }

    /** The cabinet's target; the rows, their order and the overdue count follow it. */
    public void setTarget(ReplyTarget target) {
        if (!target.equals(deadlines.target())) {
            deadlines.setTarget(target);
            reload.run();
        }
    }

    /** How many chats needing a reply are past the target, under the current topic filter and search. */
    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** The countdown maths against the current target, for whoever else watches deadlines. */
    public ReplyDeadlines deadlines() {
        return deadlines;
    }

    /**
     * Runs {@code listener} on the UI executor each time deadlines are measured again: after every read
     * of the list and on every minute's tick, the moments a countdown can have moved.
     */
    public void onRecount(Runnable listener) {
        recountListeners.add(listener);
    }

    /** A fresh read's waits (when each chat that needs a reply began waiting) and how many are overdue now. */
    void show(List<Instant> newWaits, int overdueNow) {
        waits = List.copyOf(newWaits);
        version++;
        overdue.set(overdueNow);
        recountListeners.forEach(Runnable::run);
    }

    /** Counts again as of now, in the background; a count of older waits is not applied over a newer one. */
    void recount() {
        List<Instant> counted = waits;
        long asked = ++version;
        recountListeners.forEach(Runnable::run);
        ui.run(() -> (int) counted.stream().filter(since -> deadlines.since(since).overdue()).count(), count -> {
            if (asked == version) {
                overdue.set(count);
            }
        }, failure -> { });
    }
}
