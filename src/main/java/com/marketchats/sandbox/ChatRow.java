package com.marketchats.sandbox;

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
    final ChatType type;
    final Instant createdAt;
    ChatStatus status;
    Instant updatedAt;
    int partnerMessages;
    /** In message id order, which is also time order. */
    final List<SandboxMessage> messages = new ArrayList<>();

    ChatRow(long chatId, long businessId, ChatFullContext context, ChatType type, ChatStatus status,
            Instant createdAt) {
        this.chatId = chatId;
        this.businessId = businessId;
        this.context = context;
        this.type = type;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
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

    SandboxChat snapshot() {
        return new SandboxChat(chatId, businessId, context, type, status, createdAt, updatedAt);
    }
}
