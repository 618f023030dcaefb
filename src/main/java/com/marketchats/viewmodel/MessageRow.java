package com.marketchats.viewmodel;

import java.util.List;

/**
 * One message of the conversation, formatted for a bubble.
 *
 * @param side        where the bubble stands: the seller's own on the right, the buyer's on the left,
 *                    Market's and support's in the middle as system messages
 * @param senderName  who wrote it, in the user's language
 * @param attachments one line per attached file: its name and size
 * @param dayHeader   "Today", "Yesterday" or the date, on the first message of each day; null on the others
 */
public record MessageRow(
        long messageId,
        Side side,
        String senderName,
        String text,
        List<String> attachments,
        String timeText,
        String dayHeader) {

    public enum Side { OWN, BUYER, SYSTEM }
}
