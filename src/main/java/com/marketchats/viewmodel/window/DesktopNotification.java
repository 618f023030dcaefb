package com.marketchats.viewmodel.window;

/**
 * One desktop notification.
 *
 * @param chatId the chat a click opens; null for a summary of several chats
 * @param kind   who it is from, so a desktop can file it (a buyer's message, Market's, a dispute), or a
 *               reply deadline coming close
 * @param count  the chat's messages not yet seen that this notification stands for (1 for one message)
 * @param sound  whether the seller wants the notification sound with it
 */
public record DesktopNotification(Long chatId, Kind kind, String title, String body, int count, boolean sound) {

    /** Who the notification is from. */
    public enum Kind {
        BUYER, MARKET, SUPPORT, DISPUTE, SUMMARY, DEADLINE
    }
}
