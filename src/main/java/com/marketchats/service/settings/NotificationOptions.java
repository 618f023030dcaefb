package com.marketchats.service.settings;

/**
 * How notifications look and sound; a settings file written before these options reads as the defaults.
 *
 * @param hideText true: a notification says that a message came, not what it says (a screen others see)
 * @param sound    true: new messages come with the app's short notification sound
 */
public record NotificationOptions(boolean hideText, boolean sound) {

    public static final NotificationOptions DEFAULTS = new NotificationOptions(false, true);
}
