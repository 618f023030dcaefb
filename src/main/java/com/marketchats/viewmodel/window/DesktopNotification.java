package com.marketchats.viewmodel.window;

/**
 * One desktop notification.
 *
 * @param chatId the chat a click opens; null for a summary of several messages
 */
public record DesktopNotification(Long chatId, String title, String body) {
}
