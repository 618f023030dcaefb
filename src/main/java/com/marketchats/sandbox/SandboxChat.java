package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;

import java.time.Instant;

/** A chat as the sandbox holds it at one moment; {@code updatedAt} is the time of its last message. */
public record SandboxChat(
        long chatId,
        long businessId,
        ChatFullContext context,
        ChatType type,
        ChatStatus status,
        Instant createdAt,
        Instant updatedAt) {
}
