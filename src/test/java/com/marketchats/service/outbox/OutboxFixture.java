package com.marketchats.service.outbox;

import com.marketchats.testing.TestClock;
import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.AccountFiles;
import com.marketchats.store.ChatStore;
import com.marketchats.store.OpenedStore;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import com.marketchats.store.StoreOpener;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store in a temporary folder, the scripted API and an outbox on a clock that moves only when the
 * test moves it: an item put off by backoff stays QUEUED until then, so its state can be checked.
 * The sender runs from the start unless {@link #startSenderAtOnce()} says otherwise.
 */
abstract class OutboxFixture {

    static final long BUSINESS = 1;
    static final Instant START = Instant.parse("2026-07-01T10:00:00Z");
    static final Duration BASE = Duration.ofSeconds(2);
    static final Duration SETTLE = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    final TestClock clock = new TestClock(START);
    final List<ChangeBatch> batches = new CopyOnWriteArrayList<>();
    ScriptedChatsApi api;
    ChatStore store;
    AccountFiles files;
    ChangeEvents events;
    OutboxSender sender;
    Outbox outbox;
    private ExecutorService delivery;

    /** 3 workers, 2 s → 5 min backoff without jitter, 10 s settle; short real-time waits. */
    OutboxSettings settings() {
        return OutboxSettings.defaults()
                .withClock(clock)
                .withWorkers(3)
                .withBackoff(Backoff.of(BASE, Duration.ofMinutes(5)).withRandom(() -> 0.0))
                .withSettleDelay(SETTLE)
                .withRecheckInterval(Duration.ofMillis(50))
                .withStopGrace(Duration.ofMillis(500));
    }

    boolean startSenderAtOnce() {
        return true;
    }

    @BeforeEach
    void openOutbox() {
        OpenedStore opened = new StoreOpener(clock).open(dataDir, BUSINESS);
        store = opened.store();
        files = AccountFiles.of(dataDir, BUSINESS);
        delivery = Executors.newSingleThreadExecutor();
        events = new ChangeEvents(delivery);
        events.subscribe(batches::add);
        api = new ScriptedChatsApi(clock);
        sender = new OutboxSender(store, files, api, events, settings());
        outbox = new Outbox(store, events, sender);
        if (startSenderAtOnce()) {
            sender.start();
        }
    }

    @AfterEach
    void closeOutbox() {
        sender.stop();
        delivery.shutdownNow();
        store.close();
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10));
    }

    OutboxItem item(long id) {
        return store.outbox().find(id).orElseThrow();
    }

    OutboxItem awaitState(OutboxItem item, OutboxState state) {
        eventually().untilAsserted(() -> assertThat(item(item.id()).state()).isEqualTo(state));
        return item(item.id());
    }

    /** Moves the clock and lets the sender look at the queue. */
    void advance(Duration duration) {
        clock.advance(duration);
        sender.wake();
    }

    Path file(String name, int size) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("desktop"));
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + name.length());
        }
        return Files.write(folder.resolve(name), bytes);
    }

    /** The outbox's copies of attached files now on disk. */
    List<Path> copiesOnDisk() throws IOException {
        if (!Files.exists(files.outboxFiles())) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(files.outboxFiles())) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /** How many OutboxChanged events named the chat, as delivered so far. */
    long outboxEventsFor(long chatId) {
        return batches.stream().filter(batch -> batch.outboxChanged().contains(chatId)).count();
    }
}
