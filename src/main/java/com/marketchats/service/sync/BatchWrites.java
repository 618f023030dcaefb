package com.marketchats.service.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The writes of one {@link HistoryJob}'s batches, one at a time in the background: starting a batch first
 * waits for the previous one, so batches are written in the order fetched and a job never holds more
 * than the batch being written and the one being fetched. A chat counts as fetched once its batch is
 * written; a failed write is rethrown to the job, and its chats are fetched again later.
 */
final class BatchWrites {

    private final HistoryWriter writer;
    private final Executor writers;
    private final boolean firstSync;
    private CompletableFuture<List<Long>> last = CompletableFuture.completedFuture(List.of());

    BatchWrites(HistoryWriter writer, Executor writers, boolean firstSync) {
        this.writer = writer;
        this.writers = writers;
        this.firstSync = firstSync;
    }

    /**
     * Waits for the batch being written (adding its chats to {@code fetched}), then starts writing
     * {@code pending} and empties it.
     */
    void start(List<FetchedHistory> pending, List<Long> fetched) {
        awaitLast(fetched);
        if (pending.isEmpty()) {
            return;
        }
        List<FetchedHistory> batch = List.copyOf(pending);
        pending.clear();
        last = CompletableFuture.supplyAsync(() -> {
            writer.write(batch, firstSync);
            List<Long> written = new ArrayList<>(batch.size());
            batch.forEach(history -> written.add(history.chatId()));
            return written;
        }, writers);
    }

    /** Waits for the batch being written, adding its chats to {@code fetched}; rethrows its failure. */
    void awaitLast(List<Long> fetched) {
        CompletableFuture<List<Long>> writing = last;
        last = CompletableFuture.completedFuture(List.of());
        try {
            fetched.addAll(writing.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
