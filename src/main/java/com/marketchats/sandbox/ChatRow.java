package com.marketchats.sandbox;

import com.marketchats.api.dto.ApiEnumNames;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mutable record of one chat inside {@link SandboxState}; only touched under the state's lock. */
final class ChatRow {

    final long chatId;
    final long businessId;
    final ChatFullContext context;
    final String typeName;
    final Instant createdAt;
    String statusName;
    Instant updatedAt;
    int partnerMessages;
    /** In message id order, which is also time order. */
    final List<SandboxMessage> messages = new ArrayList<>();

    ChatRow(long chatId, long businessId, ChatFullContext context, String typeName, String statusName,
            Instant createdAt) {
        this.chatId = chatId;
        this.businessId = businessId;
        this.context = context;
        this.typeName = typeName;
        this.statusName = statusName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    ChatType type() {
        return ApiEnumNames.constantOf(ChatType.class, typeName);
    }

    ChatStatus status() {
        return ApiEnumNames.constantOf(ChatStatus.class, statusName);
    }

    void append(SandboxMessage message) {
        messages.add(message);
        if (message.createdAt().isAfter(updatedAt)) {
            updatedAt = message.createdAt();
        }
        if (message.sender() == MessageSender.PARTNER) {
            partnerMessages++;
        }
    }

    /** {@code now}, but never before the chat's last message, so that history stays in time order. */
    Instant nextMessageTime(Instant now) {
        return now.isBefore(updatedAt) ? updatedAt : now;
    }

    SandboxChat snapshot() {
        return new SandboxChat(chatId, businessId, context, typeName, statusName, createdAt, updatedAt);
    }
}
