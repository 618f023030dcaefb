package com.marketchats.api.dto;

import java.time.OffsetDateTime;

/**
 * One chat (spec: GetChatInfoDTO). {@code updatedAt} is the time of the last message.
 *
 * @param orderId deprecated by the spec in favour of {@code context.orderId}; kept because old answers carry it
 */
public record ChatInfo(
        long chatId,
        @Deprecated Long orderId,
        ChatFullContext context,
        ChatType type,
        ChatStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
