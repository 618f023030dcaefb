package com.marketchats.service.outbox;

import com.marketchats.api.UploadProgressListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The upload progress of the items being sent, kept in memory only (it means nothing after a restart),
 * and announced per chat at most once per {@code minInterval} per item, plus the start and the end of
 * each upload: the HTTP client reports every 32 KB, which would be dozens of UI updates per second.
 */
final class UploadProgressBoard {

    private record Entry(UploadProgress progress, Instant announcedAt) {
    }

    private final Clock clock;
    private final Duration minInterval;
    private final LongConsumer announceChat;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** @param announceChat told the chat id when one of its items' progress should be shown */
    UploadProgressBoard(Clock clock, Duration minInterval, LongConsumer announceChat) {
        this.clock = clock;
        this.minInterval = minInterval;
        this.announceChat = announceChat;
    }

    /** A listener for one item's upload; called from the HTTP client's threads. */
    UploadProgressListener listenerFor(long itemId, long chatId) {
        return (sent, total) -> update(itemId, chatId, sent, total);
    }

    Optional<UploadProgress> get(long itemId) {
        return Optional.ofNullable(entries.get(itemId)).map(Entry::progress);
    }

    /** Forgets an item's progress (its upload ended); the state change that follows announces it. */
    void clear(long itemId) {
        entries.remove(itemId);
    }

    void update(long itemId, long chatId, long sent, long total) {
        Instant now = clock.instant();
        UploadProgress progress = new UploadProgress(itemId, sent, total);
        boolean[] announce = {false};
        entries.compute(itemId, (id, previous) -> {
            boolean due = previous == null
                    || progress.complete()
                    || !now.isBefore(previous.announcedAt().plus(minInterval));
            announce[0] = due;
            return new Entry(progress, due ? now : previous.announcedAt());
        });
        if (announce[0]) {
            announceChat.accept(chatId);
        }
    }
}
