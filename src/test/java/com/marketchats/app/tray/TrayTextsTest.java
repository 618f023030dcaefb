package com.marketchats.app.tray;

import com.marketchats.i18n.I18n;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "Until tomorrow morning" and the tray's words, on a fixed clock. */
class TrayTextsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anEveningPauseEndsAtEightTheNextMorning() {
        assertThat(at("2026-12-07T22:30:00+03:00", MOSCOW).tomorrowMorning())
                .isEqualTo(Instant.parse("2026-12-08T05:00:00Z"));
    }

    @Test
    void aPauseInTheSmallHoursEndsAtEightThatSameMorning() {
        assertThat(at("2026-12-08T02:10:00+03:00", MOSCOW).tomorrowMorning())
                .isEqualTo(Instant.parse("2026-12-08T05:00:00Z"));
    }

    @Test
    void theNightTheClocksGoForwardStillEndsAtEightLocalTime() {
        // Berlin moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026.
        assertThat(at("2026-03-28T23:00:00+01:00", BERLIN).tomorrowMorning())
                .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void theTooltipSaysTheCountAndThePauseOnOneLine() {
        TrayTexts english = new TrayTexts(I18n.forLocale(Locale.ENGLISH),
                Clock.fixed(Instant.parse("2026-12-07T19:30:00Z"), MOSCOW));
        assertThat(english.tooltip(0, null)).isEqualTo("Market Chats");
        assertThat(english.tooltip(4, Instant.parse("2026-12-07T20:30:00Z")))
                .isEqualTo("Market Chats: 4 unread · Notifications paused until 11:30 PM");
    }

    private static TrayTexts at(String time, ZoneId zone) {
        return new TrayTexts(I18n.forLocale(Locale.forLanguageTag("ru")),
                Clock.fixed(java.time.OffsetDateTime.parse(time).toInstant(), zone));
    }
}
