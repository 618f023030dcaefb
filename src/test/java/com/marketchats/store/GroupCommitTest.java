package com.marketchats.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durable writes of chats.db share WAL flushes ({@link WalSync}): a flush covers every commit counted
 * before it, and a commit counted later gets a flush of its own. Nothing written to the outbox (in
 * outbox.db, every commit synced) from many threads at once is lost when the store is opened again.
 */
class GroupCommitTest extends StoreFixture {

    private static final int THREADS = 8;
    private static final int ITEMS_PER_THREAD = 40;

    @Test
    void oneFlushCoversEveryCommitCountedBeforeItAndNoneAfter() throws Exception {
        AtomicInteger checkpoints = new AtomicInteger();
        // No WAL file at this path: each flush falls back to a checkpoint, which the test counts.
        WalSync sync = new WalSync(Files.createDirectories(dataDir.resolve("empty")).resolve("none.db"),
                checkpoints::incrementAndGet);
        long first = sync.committed();
        long second = sync.committed();

        sync.flushThrough(first);
        sync.flushThrough(second);
        assertThat(checkpoints).as("the first flush covered the second commit too").hasValue(1);

        sync.flushThrough(sync.committed());
        assertThat(checkpoints).as("a commit after the flush began needs a flush of its own").hasValue(2);
        sync.close();
    }

    @Test
    void durableWritesFromManyThreadsAllSurviveAReopen() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long chatId = t + 1;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < ITEMS_PER_THREAD; i++) {
                        OutboxItem item = store.outbox().enqueue(
                                NewOutboxItem.text(chatId, "text " + i, "chat " + chatId + " item " + i));
                        assertThat(store.outbox().markSending(item.id())).isTrue();
                        assertThat(store.outbox().markSent(item.id(), null)).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        reopen();

        List<OutboxItem> sent = store.outbox().sentUnlinked();
        assertThat(sent).hasSize(THREADS * ITEMS_PER_THREAD);
        assertThat(sent).allMatch(item -> item.state() == OutboxState.SENT && item.attempts() == 1);
        assertThat(store.outbox().pending()).isEmpty();
    }
}
