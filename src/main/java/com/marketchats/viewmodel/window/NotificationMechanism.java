package com.marketchats.viewmodel.window;

/** How the app shows notifications on this desktop; Settings names the one in use. */
public enum NotificationMechanism {
    /** freedesktop notifications over the session D-Bus (Linux desktops). */
    DBUS,
    /** Balloons of the app's tray icon: Windows' toasts, macOS's notifications, or the tray's own on Linux without D-Bus. */
    TRAY,
    /** The app's own cards in the corner of the screen, where the desktop offers nothing the app can use. */
    IN_APP;

    /** The key of the name Settings shows. */
    public String textKey() {
        return "settings.notifications.mechanism." + name();
    }
}
