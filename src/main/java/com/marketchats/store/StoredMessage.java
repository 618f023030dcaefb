package com.marketchats.store;

import com.marketchats.api.dto.MessageSender;

import java.time.OffsetDateTime;
import java.util.List;

/** One message of a chat as stored; {@code text} may be null for a message that only carries files. */
public record StoredMessage(long chatId, long messageId, OffsetDateTime createdAt, MessageSender sender,
                           String text, List<StoredAttachment> attachments) {

    public StoredMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
