package com.marketchats.viewmodel.chatlist;

import java.time.Duration;

/**
 * A row's reply countdown, ready to show.
 *
 * @param text    "осталось 18 мин", "просрочено 2 ч"; null when the chat has no countdown
 * @param state   its colour
 * @param left    working time left, negative once overdue; null without a countdown (what the
 *                Needs-reply tab sorts by)
 * @param tooltip how long the buyer has waited and the target it is measured against
 */
public record RowDeadline(String text, DeadlineState state, Duration left, String tooltip) {

    public static final RowDeadline NONE = new RowDeadline(null, DeadlineState.NONE, null, null);
}
