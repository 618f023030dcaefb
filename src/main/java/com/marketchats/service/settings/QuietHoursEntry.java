package com.marketchats.service.settings;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cabinet's {@link QuietHours} as {@code settings.json} and the cabinet manifest hold them: "HH:mm"
 * texts a seller can read. Lenient on reading, like {@link ReplyTargetEntry}: a missing or broken day
 * takes the default night and the rest is kept.
 */
record QuietHoursEntry(Boolean on, List<DayEntry> days) {

    record DayEntry(DayOfWeek day, Boolean on, String from, String to) {
    }

    static QuietHoursEntry of(QuietHours quiet) {
        return new QuietHoursEntry(quiet.on(), quiet.days().stream().map(day -> new DayEntry(day.day(), day.on(),
                WorkingDay.clockText(day.fromMinute()), WorkingDay.clockText(day.toMinute()))).toList());
    }

    /** The quiet hours this entry holds; a null entry (a file written before quiet hours) is off. */
    static QuietHours toQuietHours(QuietHoursEntry entry) {
        if (entry == null) {
            return QuietHours.OFF;
        }
        List<QuietDay> quietDays = new ArrayList<>(QuietHours.OFF.days());
        if (entry.days() != null) {
            entry.days().stream().filter(Objects::nonNull).filter(day -> day.day() != null)
                    .forEach(day -> quietDays.set(day.day().ordinal(), dayOf(day)));
        }
        return new QuietHours(Boolean.TRUE.equals(entry.on()), quietDays);
    }

    private static QuietDay dayOf(DayEntry entry) {
        try {
            return new QuietDay(entry.day(), !Boolean.FALSE.equals(entry.on()), WorkingDay.minuteOf(entry.from()),
                    WorkingDay.minuteOf(entry.to()));
        } catch (IllegalArgumentException broken) {
            return QuietDay.night(entry.day());
        }
    }
}
