package com.marketchats.sandbox;

import com.marketchats.api.dto.MessageSender;

import java.time.Instant;
import java.util.List;

/** One message of a chat; {@code text} may be null when there are attachments. */
public record SandboxMessage(
        long messageId,
        long chatId,
        Instant createdAt,
        MessageSender sender,
        String text,
        List<SandboxAttachment> attachments) {

    public SandboxMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
