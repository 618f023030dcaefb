package com.marketchats.service.inbox;

import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.WorkingDay;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyClockTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ReplyTarget HOUR = ReplyTarget.DEFAULT;

    @Test
    void countsTheWholeWaitInsideWorkingHours() {
        ReplyCountdown countdown = at(HOUR, "2026-12-07T10:00", "2026-12-07T10:42", MOSCOW);

        assertThat(countdown.worked()).isEqualTo(Duration.ofMinutes(42));
        assertThat(countdown.left()).isEqualTo(Duration.ofMinutes(18));
        assertThat(countdown.working()).isTrue();
        assertThat(countdown.overdue()).isFalse();
    }

    @Test
    void stopsAtClosingTimeAndGoesOnNextMorningAcrossMidnight() {
        ReplyCountdown night = at(HOUR, "2026-12-07T20:40", "2026-12-08T02:00", MOSCOW);
        ReplyCountdown morning = at(HOUR, "2026-12-07T20:40", "2026-12-08T09:30", MOSCOW);

        assertThat(night.worked()).isEqualTo(Duration.ofMinutes(20));
        assertThat(night.working()).isFalse();
        assertThat(night.warningDue()).isFalse();
        assertThat(morning.worked()).isEqualTo(Duration.ofMinutes(50));
        assertThat(morning.left()).isEqualTo(Duration.ofMinutes(10));
        assertThat(morning.warningDue()).isTrue();
    }

    @Test
    void aMessageAtNightStartsTheClockWhenWorkStarts() {
        ReplyCountdown countdown = at(HOUR, "2026-12-08T23:10", "2026-12-09T09:05", MOSCOW);

        assertThat(countdown.worked()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void skipsWeekdaysOff() {
        ReplyTarget weekdays = withDays(day -> day.getValue() >= DayOfWeek.SATURDAY.getValue()
                ? new WorkingDay(day, false, 540, 1260) : WorkingDay.standard(day));
        // Friday 2026-12-11 20:30 to Monday 2026-12-14 09:45: 30 min on Friday, 45 on Monday.
        ReplyCountdown countdown = at(weekdays, "2026-12-11T20:30", "2026-12-14T09:45", MOSCOW);

        assertThat(countdown.worked()).isEqualTo(Duration.ofMinutes(75));
        assertThat(countdown.overdue()).isTrue();
        assertThat(countdown.left()).isEqualTo(Duration.ofMinutes(-15));
    }

    @Test
    void aDayShortenedByDstCountsOnlyTheHoursTheWallClockHas() {
        ReplyTarget allDay = withDays(day -> new WorkingDay(day, true, 0, WorkingDay.DAY_MINUTES));
        // Berlin springs forward on 2026-03-29 at 02:00: that day has 23 hours.
        ReplyCountdown spring = at(allDay, "2026-03-29T00:00", "2026-03-30T00:00", BERLIN);
        // ... and falls back on 2026-10-25: 25 hours.
        ReplyCountdown autumn = at(allDay, "2026-10-25T00:00", "2026-10-26T00:00", BERLIN);

        assertThat(spring.worked()).isEqualTo(Duration.ofHours(23));
        assertThat(autumn.worked()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aWindowStartingInTheSpringGapStartsWhenTheGapEnds() {
        ReplyTarget early = withDays(day -> new WorkingDay(day, true, 150, 240));
        // 02:30–04:00 on 2026-03-29 in Berlin: 02:30 does not exist, the window runs 03:30–04:00.
        ReplyCountdown countdown = at(early, "2026-03-29T00:00", "2026-03-29T12:00", BERLIN);

        assertThat(countdown.worked()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aClockSetBackCountsNothingAndAJumpForwardJustCountsMore() {
        Instant since = local("2026-12-07T10:00", MOSCOW);

        assertThat(ReplyClock.countdown(HOUR, since, since.minusSeconds(3600), MOSCOW).worked()).isZero();
        assertThat(ReplyClock.countdown(HOUR, since, since.plus(Duration.ofDays(3)), MOSCOW).worked())
                .isEqualTo(Duration.ofHours(11 + 12 + 12 + 1));
    }

    @Test
    void aWaitOfMonthsSkipsWeeksAndStillAddsUp() {
        Instant since = local("2026-01-05T09:00", MOSCOW);
        Instant now = local("2026-04-06T10:00", MOSCOW);

        Duration worked = ReplyClock.countdown(HOUR, since, now, MOSCOW).worked();

        // 91 whole days of 12 hours, then one more hour.
        assertThat(worked).isEqualTo(Duration.ofHours(91 * 12 + 1));
    }

    @Test
    void turnsUrgentAtAQuarterLeftAndOverdueAtTheTarget() {
        assertThat(at(HOUR, "2026-12-07T10:00", "2026-12-07T10:44", MOSCOW).urgent()).isFalse();
        assertThat(at(HOUR, "2026-12-07T10:00", "2026-12-07T10:45", MOSCOW).urgent()).isTrue();
        assertThat(at(HOUR, "2026-12-07T10:00", "2026-12-07T10:59", MOSCOW).overdue()).isFalse();
        assertThat(at(HOUR, "2026-12-07T10:00", "2026-12-07T11:00", MOSCOW).overdue()).isTrue();
        assertThat(at(HOUR, "2026-12-07T10:00", "2026-12-07T11:00", MOSCOW).warningDue()).isFalse();
    }

    private static ReplyCountdown at(ReplyTarget target, String since, String now, ZoneId zone) {
        return ReplyClock.countdown(target, local(since, zone), local(now, zone), zone);
    }

    private static Instant local(String time, ZoneId zone) {
        return LocalDateTime.parse(time).atZone(zone).toInstant();
    }

    private static ReplyTarget withDays(java.util.function.Function<DayOfWeek, WorkingDay> day) {
        List<WorkingDay> days = Arrays.stream(DayOfWeek.values()).map(day).toList();
        return new ReplyTarget(Duration.ofHours(1), Duration.ofMinutes(15), days);
    }
}
