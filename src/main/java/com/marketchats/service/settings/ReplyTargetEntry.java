package com.marketchats.service.settings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cabinet's {@link ReplyTarget} as {@code settings.json} holds it: minutes and "HH:mm" texts a seller
 * can read. Lenient on reading: a missing or broken part takes its default and the rest is kept, so a
 * hand-edited typo costs one value, not the cabinet.
 */
record ReplyTargetEntry(Integer answerMinutes, Integer warnMinutes, List<DayEntry> days) {

    record DayEntry(DayOfWeek day, Boolean on, String from, String to) {
    }

    static ReplyTargetEntry of(ReplyTarget target) {
        return new ReplyTargetEntry((int) target.answerWithin().toMinutes(), (int) target.warnBefore().toMinutes(),
                target.days().stream().map(day -> new DayEntry(day.day(), day.on(), WorkingDay.clockText(day.fromMinute()),
                        WorkingDay.clockText(day.toMinute()))).toList());
    }

    /** The target this entry holds; a null entry (a file written before reply targets) is the default. */
    static ReplyTarget toTarget(ReplyTargetEntry entry) {
        if (entry == null) {
            return ReplyTarget.DEFAULT;
        }
        List<WorkingDay> workingDays = new ArrayList<>(ReplyTarget.DEFAULT.days());
        if (entry.days() != null) {
            entry.days().stream().filter(Objects::nonNull).filter(day -> day.day() != null)
                    .forEach(day -> workingDays.set(day.day().ordinal(), dayOf(day)));
        }
        ReplyTarget fallback = new ReplyTarget(ReplyTarget.DEFAULT.answerWithin(), ReplyTarget.DEFAULT.warnBefore(),
                workingDays);
        try {
            return new ReplyTarget(minutes(entry.answerMinutes(), fallback.answerWithin()),
                    minutes(entry.warnMinutes(), fallback.warnBefore()), workingDays);
        } catch (IllegalArgumentException outOfRange) {
            return fallback;
        }
    }

    private static WorkingDay dayOf(DayEntry entry) {
        try {
            return new WorkingDay(entry.day(), !Boolean.FALSE.equals(entry.on()), WorkingDay.minuteOf(entry.from()),
                    WorkingDay.minuteOf(entry.to()));
        } catch (IllegalArgumentException broken) {
            return WorkingDay.standard(entry.day());
        }
    }

    private static Duration minutes(Integer minutes, Duration fallback) {
        return minutes == null ? fallback : Duration.ofMinutes(minutes);
    }
}
