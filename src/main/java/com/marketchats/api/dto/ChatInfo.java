package com.marketchats.api.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/**
 * One chat (spec: GetChatInfoDTO). {@code updatedAt} is the time of the last message. The type and
 * status are kept as the API sent them (see {@link ApiEnumNames}).
 *
 * @param orderId deprecated by the spec in favour of {@code context.orderId}; kept because old answers carry it
 */
public record ChatInfo(
        long chatId,
        @Deprecated Long orderId,
        ChatFullContext context,
        @JsonProperty("type") String typeName,
        @JsonProperty("status") String statusName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @JsonCreator
    public ChatInfo {
    }

    public ChatInfo(long chatId, Long orderId, ChatFullContext context, ChatType type, ChatStatus status,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this(chatId, orderId, context, ApiEnumNames.nameOf(type), ApiEnumNames.nameOf(status), createdAt, updatedAt);
    }

    public ChatType type() {
        return ApiEnumNames.constantOf(ChatType.class, typeName);
    }

    public ChatStatus status() {
        return ApiEnumNames.constantOf(ChatStatus.class, statusName);
    }
}
