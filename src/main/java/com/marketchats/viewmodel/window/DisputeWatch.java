package com.marketchats.viewmodel.window;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.store.ChatSummary;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notices a chat going to a dispute: one of type {@code ARBITRAGE} or waiting for Market's arbiter that was
 * not so when last seen, or that was created after the app started. Chats first seen in the start-up sync
 * are only remembered, so an old dispute does not ring again at every start.
 */
final class DisputeWatch {

    private final Instant startedAt;
    private final Map<Long, Boolean> inDispute = new ConcurrentHashMap<>();

    DisputeWatch(Instant startedAt) {
        this.startedAt = startedAt;
    }

    boolean wentToDispute(ChatSummary chat) {
        boolean now = chat.type() == ChatType.ARBITRAGE || chat.status() == ChatStatus.WAITING_FOR_ARBITER;
        Boolean before = inDispute.put(chat.chatId(), now);
        boolean isNew = chat.createdAt() != null && chat.createdAt().toInstant().isAfter(startedAt);
        return now && (before == null ? isNew : !before);
    }
}
