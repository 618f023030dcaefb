package com.marketchats.service.settings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a cabinet holds its desktop notifications back (the seller sleeps): switched on or off as a whole,
 * with one spell per weekday that may run past midnight. Off by default; the days keep 22:00–08:00, what
 * switching it on suggests.
 * <p>
 * A spell is a local date and two local times turned into instants in the zone, so a DST night is as
 * long as the wall clock says (an hour shorter in spring, longer in autumn); a time in the spring gap
 * moves on by the gap's length, as {@code ReplyClock} reads working hours.
 *
 * @param on   whether quiet hours apply at all
 * @param days one spell per weekday, Monday first, each starting that day
 */
public record QuietHours(boolean on, List<QuietDay> days) {

    public static final QuietHours OFF = new QuietHours(false,
            Arrays.stream(DayOfWeek.values()).map(QuietDay::night).toList());
    /** Spells chained end to start are followed this far at most: quiet hours all week long never end. */
    private static final int DAYS_FOLLOWED = 8;

    public QuietHours {
        days = List.copyOf(days);
        if (!days.stream().map(QuietDay::day).toList().equals(List.of(DayOfWeek.values()))) {
            throw new IllegalArgumentException("days must hold each weekday once, Monday first");
        }
    }

    public QuietDay day(DayOfWeek day) {
        return days.get(day.ordinal());
    }

    /** Whether notifications are held at {@code instant} in {@code zone}. */
    public boolean holdsAt(Instant instant, ZoneId zone) {
        return spellEnd(instant, zone).isPresent();
    }

    /**
     * When the quiet spell holding at {@code instant} ends, following spells that start as the previous
     * one ends (Sunday until 24:00, then Monday from 00:00); empty when none holds.
     */
    public Optional<Instant> spellEnd(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        if (!on) {
            return Optional.empty();
        }
        LocalDate today = instant.atZone(zone).toLocalDate();
        Optional<Instant> end = Optional.empty();
        for (LocalDate date = today.minusDays(1); date.isBefore(today.plusDays(DAYS_FOLLOWED)); date = date.plusDays(1)) {
            QuietDay spell = day(date.getDayOfWeek());
            if (!spell.on()) {
                continue;
            }
            Instant start = at(date, spell.fromMinute(), zone);
            Instant until = at(spell.pastMidnight() ? date.plusDays(1) : date, spell.toMinute(), zone);
            Instant reached = end.orElse(instant);
            // Yesterday's spell may still run, today's may have begun; after that, only a spell that
            // starts by the time the one before it ends keeps the seller's night going.
            if (!start.isAfter(reached) && until.isAfter(reached)) {
                end = Optional.of(until);
            } else if (end.isPresent() || date.isAfter(today)) {
                break;
            }
        }
        return end;
    }

    private static Instant at(LocalDate date, int minute, ZoneId zone) {
        return date.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant();
    }
}
