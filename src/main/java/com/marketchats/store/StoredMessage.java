package com.marketchats.store;

import com.marketchats.api.dto.ApiEnumNames;
import com.marketchats.api.dto.MessageSender;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message of a chat as stored; {@code text} may be null for a message that only carries files. The
 * sender is kept as the API sent it (see {@link ApiEnumNames}).
 */
public record StoredMessage(long chatId, long messageId, OffsetDateTime createdAt, String senderName,
                           String text, List<StoredAttachment> attachments) {

    public StoredMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MessageSender sender() {
        return ApiEnumNames.constantOf(MessageSender.class, senderName);
    }
}
