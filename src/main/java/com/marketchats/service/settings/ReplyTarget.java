package com.marketchats.service.settings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How fast a cabinet means to answer a buyer: the target, counted in working hours only, and how long
 * before a breach the seller is warned.
 *
 * @param answerWithin working time from the buyer's first unanswered message to the breach
 * @param warnBefore   working time left when the warning goes out; zero: no warning
 * @param days         the working hours, one per weekday, Monday first
 */
public record ReplyTarget(Duration answerWithin, Duration warnBefore, List<WorkingDay> days) {

    public static final Duration SHORTEST = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofHours(48);
    /** An hour: what marketplaces tie to conversion (research/product-anchors.md). */
    public static final ReplyTarget DEFAULT = new ReplyTarget(Duration.ofHours(1), Duration.ofMinutes(15),
            Arrays.stream(DayOfWeek.values()).map(WorkingDay::standard).toList());

    public ReplyTarget {
        Objects.requireNonNull(answerWithin, "answerWithin");
        Objects.requireNonNull(warnBefore, "warnBefore");
        if (answerWithin.compareTo(SHORTEST) < 0 || answerWithin.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("answerWithin must be 5 min to 48 h, was " + answerWithin);
        }
        if (warnBefore.isNegative() || warnBefore.compareTo(answerWithin) >= 0) {
            throw new IllegalArgumentException("warnBefore must be shorter than answerWithin, was " + warnBefore);
        }
        days = List.copyOf(days);
        if (!days.stream().map(WorkingDay::day).toList().equals(List.of(DayOfWeek.values()))) {
            throw new IllegalArgumentException("days must hold each weekday once, Monday first");
        }
    }

    public WorkingDay day(DayOfWeek day) {
        return days.get(day.ordinal());
    }
}
