package com.marketchats.service.settings;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * One weekday of a cabinet's working hours: whether the seller works that day and from when to when, in
 * minutes after local midnight. A window ends the same day ({@code to} may be 24:00), so a reply clock
 * never has to guess which day a night shift belongs to.
 *
 * @param fromMinute start, 0 (00:00) to 1439 (23:59)
 * @param toMinute   end, after {@code fromMinute}, at most 1440 (24:00)
 */
public record WorkingDay(DayOfWeek day, boolean on, int fromMinute, int toMinute) {

    public static final int DAY_MINUTES = 24 * 60;
    static final int DEFAULT_FROM = 9 * 60;
    static final int DEFAULT_TO = 21 * 60;

    public WorkingDay {
        Objects.requireNonNull(day, "day");
        if (fromMinute < 0 || toMinute > DAY_MINUTES || fromMinute >= toMinute) {
            throw new IllegalArgumentException("working hours must be within one day and end after they start, were "
                    + fromMinute + "–" + toMinute);
        }
    }

    /** 09:00–21:00, on. */
    public static WorkingDay standard(DayOfWeek day) {
        return new WorkingDay(day, true, DEFAULT_FROM, DEFAULT_TO);
    }

    /** "09:00" as 540, "24:00" as 1440; throws for anything else, so the caller can refuse the input. */
    public static int minuteOf(String clock) {
        String text = clock == null ? "" : clock.strip();
        if (!text.matches("\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException("not a time of day: " + clock);
        }
        int hours = Integer.parseInt(text.substring(0, text.indexOf(':')));
        int minutes = Integer.parseInt(text.substring(text.indexOf(':') + 1));
        if (minutes > 59 || hours * 60 + minutes > DAY_MINUTES) {
            throw new IllegalArgumentException("not a time of day: " + clock);
        }
        return hours * 60 + minutes;
    }

    /** 540 as "09:00". */
    public static String clockText(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
