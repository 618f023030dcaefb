package com.marketchats.service.settings;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * One weekday of a cabinet's quiet hours: whether the spell starting that day is on, and from when to
 * when, in minutes after local midnight. Unlike a {@link WorkingDay}, a spell may run past midnight: an
 * end before the start ends the next day, so Friday 22:00–08:00 also covers Saturday until 08:00.
 *
 * @param fromMinute start, 0 (00:00) to 1439 (23:59)
 * @param toMinute   end, 0 to 1440 (24:00); not equal to the start, which would be either no spell or a
 *                   whole day, and the seller would not know which
 */
public record QuietDay(DayOfWeek day, boolean on, int fromMinute, int toMinute) {

    static final int DEFAULT_FROM = 22 * 60;
    static final int DEFAULT_TO = 8 * 60;

    public QuietDay {
        Objects.requireNonNull(day, "day");
        if (fromMinute < 0 || fromMinute >= WorkingDay.DAY_MINUTES || toMinute < 0
                || toMinute > WorkingDay.DAY_MINUTES || fromMinute == toMinute) {
            throw new IllegalArgumentException("quiet hours must start within the day and end at another time, were "
                    + fromMinute + "–" + toMinute);
        }
    }

    /** 22:00–08:00, on: the night. */
    public static QuietDay night(DayOfWeek day) {
        return new QuietDay(day, true, DEFAULT_FROM, DEFAULT_TO);
    }

    /** True when the spell ends the next day. */
    public boolean pastMidnight() {
        return toMinute < fromMinute;
    }
}
