package com.marketchats.service.settings;

import java.time.Instant;
import java.util.Optional;

/**
 * How the app lives on the desktop beside the window: what closing the window does, whether a start
 * with the system opens hidden, and until when notifications are paused from the tray.
 *
 * @param onClose             what closing the window does where there is a tray; null reads as {@link CloseAction#ASK}
 * @param startMinimized      true: the app opens in the tray (or minimised without one) instead of in front
 * @param notificationsPausedUntil no notification before this instant; null when not paused
 */
public record DesktopOptions(CloseAction onClose, boolean startMinimized, Instant notificationsPausedUntil) {

    public static final DesktopOptions DEFAULTS = new DesktopOptions(CloseAction.ASK, false, null);

    public DesktopOptions {
        onClose = onClose == null ? CloseAction.ASK : onClose;
    }

    public DesktopOptions withOnClose(CloseAction newOnClose) {
        return new DesktopOptions(newOnClose, startMinimized, notificationsPausedUntil);
    }

    public DesktopOptions withStartMinimized(boolean newStartMinimized) {
        return new DesktopOptions(onClose, newStartMinimized, notificationsPausedUntil);
    }

    /** @param until null resumes notifications */
    public DesktopOptions withNotificationsPausedUntil(Instant until) {
        return new DesktopOptions(onClose, startMinimized, until);
    }

    /** The end of the pause, when notifications are paused at {@code now}. */
    public Optional<Instant> pausedAt(Instant now) {
        return Optional.ofNullable(notificationsPausedUntil).filter(now::isBefore);
    }
}
