package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message (spec: ChatMessageDTO). Either the text or the payload may be absent; a null or
 * missing payload reads as an empty list.
 */
public record ChatMessage(
        long messageId,
        OffsetDateTime createdAt,
        MessageSender sender,
        String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ChatAttachment> payload) {

    public ChatMessage {
        payload = payload == null ? List.of() : List.copyOf(payload);
    }
}
