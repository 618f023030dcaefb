package com.marketchats.viewmodel.window;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.store.ChatSummary;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notices a chat going to a dispute: one of type {@code ARBITRAGE} or waiting for Market's arbiter that was
 * not so when last seen, or, seen for the first time, one that changed after the app started (the sync
 * reports a chat only when it changes, so an unseen chat's earlier state is unknown). Disputes that were
 * already there before the start stay quiet, so an old dispute does not ring again at every start.
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
        boolean changedSinceStart = chat.updatedAt() != null && chat.updatedAt().toInstant().isAfter(startedAt);
        return now && (before == null ? changedSinceStart : !before);
    }
}
