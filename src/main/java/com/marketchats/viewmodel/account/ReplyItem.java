package com.marketchats.viewmodel.account;

/**
 * One quick reply as the Settings list shows and edits it.
 *
 * @param defaultName see {@link com.marketchats.service.settings.QuickReply#defaultName()}
 */
public record ReplyItem(String title, String text, String defaultName) {

    /** A reply the seller wrote. */
    public ReplyItem(String title, String text) {
        this(title, text, null);
    }
}
