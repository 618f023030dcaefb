package com.marketchats.viewmodel.conversation;

/**
 * A file attached to a message, as the conversation shows it.
 *
 * @param index the file's place among the message's attachments (part of its cache key)
 * @param name  the name the sender gave it: show it, never use it as a path
 */
public record AttachmentItem(long chatId, long messageId, int index, String name, String sizeText,
                             AttachmentKind kind, String url) {

    public boolean isImage() {
        return kind == AttachmentKind.IMAGE;
    }
}
