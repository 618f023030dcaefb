package com.marketchats.service.settings;

/** How the window looks: always light, always dark, or as the operating system is set. */
public enum Theme {
    LIGHT,
    DARK,
    SYSTEM
}
