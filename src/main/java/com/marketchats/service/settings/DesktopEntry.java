package com.marketchats.service.settings;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@link DesktopOptions} as {@code settings.json} holds them: the instant as ISO-8601 text, and every field
 * optional, so a file written before them, or with a value this version cannot read, takes the defaults.
 */
record DesktopEntry(CloseAction onClose, Boolean startMinimized, String notificationsPausedUntil) {

    static DesktopEntry of(DesktopOptions options) {
        return new DesktopEntry(options.onClose(), options.startMinimized(),
                options.notificationsPausedUntil() == null ? null : options.notificationsPausedUntil().toString());
    }

    static DesktopOptions toOptions(DesktopEntry entry) {
        if (entry == null) {
            return DesktopOptions.DEFAULTS;
        }
        return new DesktopOptions(entry.onClose(), Boolean.TRUE.equals(entry.startMinimized()),
                pausedUntil(entry.notificationsPausedUntil()));
    }

    private static Instant pausedUntil(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
