package com.marketchats.service.inbox;

import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.WorkingDay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The reply-deadline maths: how much of a cabinet's working time has passed since a buyer started
 * waiting. Pure: the instants and the zone come from the caller, so midnight, weekdays off, DST and a
 * clock that jumps are all plain arguments a test can fix.
 * <p>
 * Each working window is a local date and two local times turned into instants in the zone, so a DST day
 * is as long as the wall clock says (an hour shorter in spring, longer in autumn), and a window starting
 * in the spring gap starts when the gap ends.
 */
public final class ReplyClock {

    /** Waits longer than this skip whole weeks instead of walking every day (see {@link #worked}). */
    private static final long WALKED_DAYS = 21;

    private ReplyClock() {
    }

    /** Where a wait that began at {@code since} stands at {@code now} against {@code target}. */
    public static ReplyCountdown countdown(ReplyTarget target, Instant since, Instant now, ZoneId zone) {
        return new ReplyCountdown(target.answerWithin(), target.warnBefore(), worked(target, since, now, zone),
                working(target, now, zone));
    }

    /**
     * Working time between two instants; zero when {@code to} is not after {@code from} (a clock set back
     * must not make time run backwards or throw).
     */
    static Duration worked(ReplyTarget target, Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        Duration total = Duration.ZERO;
        long days = ChronoUnit.DAYS.between(day, last);
        if (days > WALKED_DAYS) {
            // A chat forgotten for months would otherwise cost a walk over every day on each minute's
            // tick. Weeks wholly inside the wait count their nominal hours: a DST hour is lost in a wait
            // already weeks overdue, where nobody reads the hours.
            total = total.plus(inWindow(target.day(day.getDayOfWeek()), day, from, to, zone));
            long weeks = (days - 1) / 7;
            total = total.plus(weekly(target).multipliedBy(weeks));
            day = day.plusWeeks(weeks).plusDays(1);
        }
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            total = total.plus(inWindow(target.day(day.getDayOfWeek()), day, from, to, zone));
        }
        return total;
    }

    /** Whether {@code now} falls inside that day's working hours. */
    static boolean working(ReplyTarget target, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        WorkingDay day = target.day(today.getDayOfWeek());
        return day.on() && !now.isBefore(start(day, today, zone)) && now.isBefore(end(day, today, zone));
    }

    private static Duration inWindow(WorkingDay day, LocalDate date, Instant from, Instant to, ZoneId zone) {
        if (!day.on()) {
            return Duration.ZERO;
        }
        Instant start = max(start(day, date, zone), from);
        Instant end = min(end(day, date, zone), to);
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    private static Instant start(WorkingDay day, LocalDate date, ZoneId zone) {
        return date.atStartOfDay().plusMinutes(day.fromMinute()).atZone(zone).toInstant();
    }

    private static Instant end(WorkingDay day, LocalDate date, ZoneId zone) {
        return date.atStartOfDay().plusMinutes(day.toMinute()).atZone(zone).toInstant();
    }

    private static Duration weekly(ReplyTarget target) {
        return Duration.ofMinutes(target.days().stream().filter(WorkingDay::on)
                .mapToLong(day -> day.toMinute() - day.fromMinute()).sum());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
