package com.marketchats.sandbox;

import com.marketchats.api.dto.ApiEnumNames;
import com.marketchats.api.dto.MessageSender;

import java.time.Instant;
import java.util.List;

/** One message of a chat; {@code text} may be null when there are attachments. The sender is a string as {@link SandboxChat}'s status is. */
public record SandboxMessage(
        long messageId,
        long chatId,
        Instant createdAt,
        String senderName,
        String text,
        List<SandboxAttachment> attachments) {

    public SandboxMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MessageSender sender() {
        return ApiEnumNames.constantOf(MessageSender.class, senderName);
    }
}
