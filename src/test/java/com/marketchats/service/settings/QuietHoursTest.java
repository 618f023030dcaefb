package com.marketchats.service.settings;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether an instant is quiet and when the spell ends: across midnight, over weekdays and on DST nights. */
class QuietHoursTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final QuietHours NIGHTS = new QuietHours(true, QuietHours.OFF.days());

    @Test
    void offByDefaultWithTheNightSuggested() {
        assertThat(QuietHours.OFF.on()).isFalse();
        assertThat(QuietHours.OFF.day(DayOfWeek.MONDAY)).isEqualTo(new QuietDay(DayOfWeek.MONDAY, true, 1320, 480));
        assertThat(QuietHours.OFF.holdsAt(at("2026-12-07T23:00", MOSCOW), MOSCOW)).isFalse();
        assertThat(new AccountRef("a", "", 1, "https://x", false).quietHours()).isEqualTo(QuietHours.OFF);
    }

    @Test
    void aNightSpellHoldsUntilMorningAcrossMidnight() {
        // 2026-12-07 is a Monday.
        assertThat(NIGHTS.holdsAt(at("2026-12-07T21:59", MOSCOW), MOSCOW)).isFalse();
        assertThat(NIGHTS.spellEnd(at("2026-12-07T22:00", MOSCOW), MOSCOW)).contains(at("2026-12-08T08:00", MOSCOW));
        assertThat(NIGHTS.spellEnd(at("2026-12-08T03:30", MOSCOW), MOSCOW)).contains(at("2026-12-08T08:00", MOSCOW));
        assertThat(NIGHTS.holdsAt(at("2026-12-08T08:00", MOSCOW), MOSCOW)).isFalse();
        assertThat(NIGHTS.holdsAt(at("2026-12-08T12:00", MOSCOW), MOSCOW)).isFalse();
    }

    @Test
    void fridaysSpellCoversSaturdayMorningEvenWithSaturdayOff() {
        QuietHours fridayOnly = only(DayOfWeek.FRIDAY, new QuietDay(DayOfWeek.FRIDAY, true, 22 * 60, 8 * 60));

        assertThat(fridayOnly.spellEnd(at("2026-12-12T07:59", MOSCOW), MOSCOW)).contains(at("2026-12-12T08:00", MOSCOW));
        assertThat(fridayOnly.holdsAt(at("2026-12-12T22:30", MOSCOW), MOSCOW)).as("Saturday night").isFalse();
        assertThat(fridayOnly.holdsAt(at("2026-12-10T23:00", MOSCOW), MOSCOW)).as("Thursday night").isFalse();
    }

    @Test
    void spellsThatMeetAreOneSpell() {
        QuietHours weekend = new QuietHours(true, Arrays.stream(DayOfWeek.values()).map(day -> switch (day) {
            case SATURDAY, SUNDAY -> new QuietDay(day, true, 0, WorkingDay.DAY_MINUTES);
            case FRIDAY -> new QuietDay(day, true, 20 * 60, 0);
            default -> new QuietDay(day, false, 22 * 60, 8 * 60);
        }).toList());

        assertThat(weekend.spellEnd(at("2026-12-11T21:00", MOSCOW), MOSCOW))
                .as("Friday evening to Monday midnight").contains(at("2026-12-14T00:00", MOSCOW));
        assertThat(weekend.holdsAt(at("2026-12-14T09:00", MOSCOW), MOSCOW)).isFalse();
    }

    @Test
    void quietAllWeekStillNamesAnEnd() {
        QuietHours always = new QuietHours(true, Arrays.stream(DayOfWeek.values())
                .map(day -> new QuietDay(day, true, 0, WorkingDay.DAY_MINUTES)).toList());

        assertThat(always.spellEnd(at("2026-12-07T10:00", MOSCOW), MOSCOW)).isPresent();
    }

    @Test
    void aSpringNightIsAnHourShorterAndAnAutumnNightAnHourLonger() {
        // Berlin moves its clocks on 2026-03-29 (02:00 → 03:00) and back on 2026-10-25 (03:00 → 02:00).
        Instant springStart = at("2026-03-28T22:00", BERLIN);
        Optional<Instant> springEnd = NIGHTS.spellEnd(springStart, BERLIN);
        assertThat(springEnd).contains(at("2026-03-29T08:00", BERLIN));
        assertThat(Duration.between(springStart, springEnd.orElseThrow())).isEqualTo(Duration.ofHours(9));

        Instant autumnStart = at("2026-10-24T22:00", BERLIN);
        Optional<Instant> autumnEnd = NIGHTS.spellEnd(autumnStart.plus(Duration.ofHours(5)), BERLIN);
        assertThat(Duration.between(autumnStart, autumnEnd.orElseThrow())).isEqualTo(Duration.ofHours(11));
        assertThat(NIGHTS.holdsAt(at("2026-10-25T07:59", BERLIN), BERLIN)).isTrue();
        assertThat(NIGHTS.holdsAt(at("2026-10-25T08:00", BERLIN), BERLIN)).isFalse();
    }

    @Test
    void aSpellEndingInTheSpringGapEndsAtTheSameMomentAnHourOn() {
        QuietHours untilHalfPastTwo = only(DayOfWeek.SATURDAY, new QuietDay(DayOfWeek.SATURDAY, true, 23 * 60, 150));

        assertThat(untilHalfPastTwo.spellEnd(at("2026-03-29T01:30", BERLIN), BERLIN))
                .contains(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(untilHalfPastTwo.holdsAt(at("2026-03-29T03:30", BERLIN), BERLIN)).isFalse();
    }

    @Test
    void theSameWallClockMeansAnotherInstantInAnotherZone() {
        Instant moscowNight = at("2026-12-07T23:00", MOSCOW);

        assertThat(NIGHTS.holdsAt(moscowNight, MOSCOW)).isTrue();
        assertThat(NIGHTS.holdsAt(moscowNight, BERLIN)).as("21:00 in Berlin").isFalse();
    }

    private static QuietHours only(DayOfWeek on, QuietDay spell) {
        return new QuietHours(true, Arrays.stream(DayOfWeek.values())
                .map(day -> day == on ? spell : new QuietDay(day, false, 22 * 60, 8 * 60)).toList());
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
