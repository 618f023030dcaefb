package com.marketchats.service.sync;

import com.marketchats.store.ChatStore;
import com.marketchats.store.HistorySyncNeed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which chats' histories to fetch next and which are being fetched. The store says which chats need a
 * fetch (never fetched, or their {@code updatedAt} moved past what the last fetch covered), chats that
 * need a reply first; this hands them out in chunks to at most {@code maxJobs} jobs at once, never the
 * same chat twice, never the open chat (its own job fetches it), and not a chat the API just refused.
 * A chunk is sized so that a job lasts about {@link #JOB_LENGTH}, from how long the last job took per
 * chat, between {@link #MIN_CHUNK} and the engine's chunk: each job's end pauses its fetching (its last
 * write, the next pick), which many short jobs on a fast server pay too often, while long jobs on a slow
 * server leave one job fetching alone at the end. Confined to the engine's thread.
 */
final class HistoryBacklog {

    /** A chat whose history the API refused (404, 400) is left alone this long. */
    static final Duration SKIPPED_CHAT_PAUSE = Duration.ofMinutes(10);
    /** How long a history job should take. */
    static final Duration JOB_LENGTH = Duration.ofMillis(500);
    /** The smallest chunk, also the first one, while no job has ended yet. */
    static final int MIN_CHUNK = 25;

    private final ChatStore store;
    private final int maxJobs;
    private final int maxChunk;
    private final Map<Long, Instant> inProgress = new HashMap<>();
    private final Map<Long, Instant> skippedUntil = new HashMap<>();
    private int chunk;
    private int running;
    private boolean wanted = true;
    private Instant retryAt = Instant.MIN;

    /** @param maxChunk the most chats one job takes */
    HistoryBacklog(ChatStore store, int maxJobs, int maxChunk) {
        this.store = store;
        this.maxJobs = maxJobs;
        this.maxChunk = maxChunk;
        this.chunk = Math.min(MIN_CHUNK, maxChunk);
    }

    /** Some chat may need a fetch now: a pass wrote chats, or a job ended. */
    void wanted() {
        wanted = true;
    }

    /** Whether a job could start now. */
    boolean due(Instant now) {
        return wanted && running < maxJobs && !now.isBefore(retryAt);
    }

    /** When a job could start after waiting for a failure to pass; null when nothing waits for that. */
    Instant waitingUntil(Instant now) {
        return wanted && running < maxJobs && retryAt.isAfter(now) ? retryAt : null;
    }

    /**
     * The next chunks of chats to fetch, as many as jobs are free, marked as in progress; empty when no
     * chat needs a fetch now. When fewer chats wait than the free jobs could take, each gets a fair share.
     */
    List<List<HistorySyncNeed>> take(Instant now, Long openChat) {
        skippedUntil.values().removeIf(until -> !until.isAfter(now));
        int want = (maxJobs - running) * chunk;
        List<HistorySyncNeed> free = store.syncState()
                .chatsNeedingHistorySync(want + inProgress.size() + skippedUntil.size() + 1).stream()
                .filter(need -> !inProgress.containsKey(need.chatId()) && !skippedUntil.containsKey(need.chatId())
                        && (openChat == null || openChat != need.chatId()))
                .limit(want)
                .toList();
        wanted = free.size() == want;
        // Fewer chats than the free jobs could take are shared out among them, so that no job is left idle.
        int freeJobs = maxJobs - running;
        int perJob = Math.min(chunk, Math.max(1, (free.size() + freeJobs - 1) / freeJobs));
        List<List<HistorySyncNeed>> chunks = new ArrayList<>();
        for (int from = 0; from < free.size(); from += perJob) {
            List<HistorySyncNeed> part = List.copyOf(free.subList(from, Math.min(free.size(), from + perJob)));
            part.forEach(need -> inProgress.put(need.chatId(), now));
            chunks.add(part);
            running++;
        }
        return chunks;
    }

    /** A job ended; its {@code skipped} chats rest for a while. */
    void ended(List<Long> chatIds, List<Long> skipped, Instant now) {
        running--;
        Instant started = chatIds.isEmpty() ? null : inProgress.get(chatIds.get(0));
        if (started != null && now.isAfter(started)) {
            long perChat = Math.max(1, Duration.between(started, now).toNanos() / chatIds.size());
            chunk = (int) Math.max(Math.min(MIN_CHUNK, maxChunk), Math.min(maxChunk, JOB_LENGTH.toNanos() / perChat));
        }
        chatIds.forEach(inProgress::remove);
        skipped.forEach(chatId -> skippedUntil.put(chatId, now.plus(SKIPPED_CHAT_PAUSE)));
        wanted = true;
    }

    /** After a failure: no job starts before {@code at}. */
    void waitUntil(Instant at) {
        retryAt = at;
    }

    /** The chats whose history a job is fetching now. */
    Set<Long> inProgress() {
        return Set.copyOf(inProgress.keySet());
    }

    boolean idle() {
        return running == 0;
    }
}
