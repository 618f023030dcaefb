package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The writes of one {@link ChatListPass}'s pages, in the background, so that reading the next page never
 * waits for the store's single writer, which a first sync's history batches keep busy: pages read while
 * one write runs are written together by the next, in the order read. {@code written} is told after each
 * write. A failed write drops what waits and is rethrown by {@link #awaitAll}.
 */
final class PageWrites {

    private final ChatPageWriter writer;
    private final Executor writers;
    private final boolean compare;
    private final Runnable written;
    private final List<ChatInfo> waiting = new ArrayList<>();
    private boolean writing;
    private RuntimeException failure;

    /** @param writers must start each task at once (the engine's workers) */
    PageWrites(ChatPageWriter writer, Executor writers, boolean compare, Runnable written) {
        this.writer = writer;
        this.writers = writers;
        this.compare = compare;
        this.written = written;
    }

    void add(List<ChatInfo> page) {
        synchronized (this) {
            if (failure != null) {
                return;
            }
            waiting.addAll(page);
            if (writing) {
                return;
            }
            writing = true;
        }
        writers.execute(this::drain);
    }

    /** Waits until every page added is written; rethrows a write's failure. */
    synchronized void awaitAll() throws InterruptedException {
        while (writing) {
            wait();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void drain() {
        while (true) {
            List<ChatInfo> batch;
            synchronized (this) {
                if (waiting.isEmpty()) {
                    writing = false;
                    notifyAll();
                    return;
                }
                batch = List.copyOf(waiting);
                waiting.clear();
            }
            try {
                writer.write(batch, compare);
            } catch (RuntimeException e) {
                synchronized (this) {
                    failure = e;
                    waiting.clear();
                }
                continue;
            }
            written.run();
        }
    }
}
