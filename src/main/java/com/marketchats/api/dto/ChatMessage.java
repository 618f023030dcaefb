package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message (spec: ChatMessageDTO). Either the text or the payload may be absent; a null or
 * missing payload reads as an empty list. The sender is kept as the API sent it (see {@link ApiEnumNames}).
 */
public record ChatMessage(
        long messageId,
        OffsetDateTime createdAt,
        @JsonProperty("sender") String senderName,
        String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ChatAttachment> payload) {

    @JsonCreator
    public ChatMessage {
        payload = payload == null ? List.of() : List.copyOf(payload);
    }

    public ChatMessage(long messageId, OffsetDateTime createdAt, MessageSender sender, String message,
            List<ChatAttachment> payload) {
        this(messageId, createdAt, ApiEnumNames.nameOf(sender), message, payload);
    }

    public MessageSender sender() {
        return ApiEnumNames.constantOf(MessageSender.class, senderName);
    }
}
