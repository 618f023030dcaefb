package com.marketchats.service.settings;

/** What closing the main window does when the desktop has a tray. Without a tray, closing always quits. */
public enum CloseAction {
    /** Not chosen yet: the first close asks. */
    ASK,
    /** The window hides; the app keeps running in the tray and keeps notifying. */
    TRAY,
    /** The app quits. */
    QUIT
}
