package com.marketchats.sandbox;

import com.marketchats.api.dto.ApiEnumNames;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;

import java.time.Instant;

/**
 * A chat as the sandbox holds it at one moment; {@code updatedAt} is the time of its last message. The type
 * and status are strings so that the sandbox can play a newer API with values the client does not know.
 */
public record SandboxChat(
        long chatId,
        long businessId,
        ChatFullContext context,
        String typeName,
        String statusName,
        Instant createdAt,
        Instant updatedAt) {

    public ChatType type() {
        return ApiEnumNames.constantOf(ChatType.class, typeName);
    }

    public ChatStatus status() {
        return ApiEnumNames.constantOf(ChatStatus.class, statusName);
    }
}
