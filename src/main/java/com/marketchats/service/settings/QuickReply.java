package com.marketchats.service.settings;

/**
 * A saved answer the seller inserts into the compose box. Its text may hold the variables
 * {@code {buyerName}}, {@code {orderId}} and {@code {returnId}}, filled in from the open chat.
 *
 * @param title what the quick-reply menu shows
 * @param text  what is inserted
 */
public record QuickReply(String title, String text) {

    public QuickReply {
        if (title == null || title.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quick reply needs a title and a text");
        }
    }
}
