package com.marketchats.service.settings;

/**
 * A saved answer the seller inserts into the compose box. Its text may hold the variables
 * {@code {buyerName}}, {@code {orderId}} and {@code {returnId}}, filled in from the open chat.
 *
 * @param title       what the quick-reply menu shows
 * @param text        what is inserted
 * @param defaultName which built-in reply this still is, untouched, so it is shown in the window's
 *                    language whatever language it was saved in; null once the seller wrote or edited it
 */
public record QuickReply(String title, String text, String defaultName) {

    public QuickReply {
        if (title == null || title.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quick reply needs a title and a text");
        }
    }

    /** A reply the seller wrote. */
    public QuickReply(String title, String text) {
        this(title, text, null);
    }
}
