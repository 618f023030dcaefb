package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.api.ChatsApi;
import com.marketchats.store.ChatStore;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.HistorySyncNeed;
import com.marketchats.store.HistorySyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Fetches the histories of a few chats one after another and writes them in batches: several chats per
 * transaction, flushed when enough messages are pending and at the end. A batch is written on another
 * worker while the job fetches the next chats, so the store's writes stay off the requests' path; at most
 * one batch of a job is being written at a time, which bounds the messages held in memory. A failure that
 * concerns one chat (404, 400, an unreadable answer) skips that chat; any other failure ends the job,
 * after writing the chats completed so far. The job ends only once its last batch is written.
 */
final class HistoryJob {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryJob.class);
    /** Messages held before a write: a few API pages' worth, a few hundred kilobytes. */
    static final int FLUSH_MESSAGES = 2_000;

    /** What a run did: the chats written, the chats skipped, and the failure that ended it, if any. */
    record Outcome(List<Long> fetched, List<Long> skipped, RuntimeException failure) {

        static Outcome failed(RuntimeException failure) {
            return new Outcome(List.of(), List.of(), failure);
        }
    }

    private final List<HistorySyncNeed> needs;
    private final boolean firstSync;

    /** @param firstSync whether the first sync's read-mark rule applies to these chats */
    HistoryJob(List<HistorySyncNeed> needs, boolean firstSync) {
        this.needs = List.copyOf(needs);
        this.firstSync = firstSync;
    }

    /** What the store knows of one chat, for fetching it outside the list of chats needing a sync. */
    static HistorySyncNeed needOf(ChatStore store, long chatId) {
        Long syncedUpTo = store.syncState().historyState(chatId).map(HistorySyncState::syncedUpTo).orElse(null);
        Optional<ChatSummary> chat = store.chats().find(chatId);
        return new HistorySyncNeed(chatId, syncedUpTo, chat.map(ChatSummary::lastMessageId).orElse(null),
                chat.map(ChatSummary::updatedAt).orElse(null));
    }

    /** @param writers runs each batch's write; it must start each task at once (the engine's workers) */
    Outcome run(ChatsApi api, HistoryWriter writer, Executor writers, BooleanSupplier cancelled) {
        BatchWrites writes = new BatchWrites(writer, writers, firstSync);
        List<FetchedHistory> pending = new ArrayList<>();
        List<Long> fetched = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        RuntimeException failure = null;
        int pendingMessages = 0;
        try {
            for (HistorySyncNeed need : needs) {
                try {
                    FetchedHistory history = HistoryFetcher.fetch(api, need, cancelled);
                    pending.add(history);
                    pendingMessages += history.messages().size();
                } catch (ApiException e) {
                    if (!concernsOnlyThisChat(e)) {
                        throw e;
                    }
                    LOG.warn("Skipping the history of chat {} for now: {}", need.chatId(), e.getMessage());
                    skipped.add(need.chatId());
                }
                if (pendingMessages >= FLUSH_MESSAGES) {
                    writes.start(pending, fetched);
                    pendingMessages = 0;
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            writes.start(pending, fetched);
            writes.awaitLast(fetched);
        } catch (RuntimeException e) {
            if (failure != null) {
                e.addSuppressed(failure);
            }
            failure = e;
        }
        return new Outcome(fetched, skipped, failure);
    }

    private static boolean concernsOnlyThisChat(ApiException e) {
        return switch (e.kind()) {
            case NOT_FOUND, BAD_REQUEST, UNEXPECTED, INVALID_INPUT -> true;
            default -> false;
        };
    }
}
