package com.marketchats.app.tray;

import com.marketchats.i18n.I18n;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The tray's words in the window's language, and what "until tomorrow morning" means on this clock. */
public final class TrayTexts {

    /** When a pause "until tomorrow" ends: the morning most sellers open their shop. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private final I18n texts;
    private final Clock clock;

    public TrayTexts(I18n texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /** The next 08:00 on this clock: tomorrow's, or today's when the pause starts in the small hours. */
    Instant tomorrowMorning() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.with(MORNING);
        ZonedDateTime next = today.isAfter(now) ? today : ZonedDateTime.of(LocalDate.from(now).plusDays(1), MORNING,
                now.getZone());
        return next.toInstant();
    }

    String open() {
        return texts.text("tray.open");
    }

    String pauseHour() {
        return texts.text("tray.pause.hour");
    }

    String pauseUntilMorning() {
        return texts.text("tray.pause.morning", time(tomorrowMorning()));
    }

    String resume(Instant pausedUntil) {
        return texts.text("tray.resume", time(pausedUntil));
    }

    String quit() {
        return texts.text("tray.quit");
    }

    /** The icon's tooltip: the app's name, the unread total and a pause. */
    String tooltip(int unread, Instant pausedUntil) {
        String base = unread > 0 ? texts.text("tray.tooltip.unread", unread) : texts.text("tray.tooltip");
        // One line: X11 tray hosts show a tooltip's line break as nothing at all.
        return pausedUntil == null ? base : base + " · " + texts.text("tray.tooltip.paused", time(pausedUntil));
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale())
                .format(instant.atZone(clock.getZone()));
    }
}
