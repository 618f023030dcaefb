package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.service.events.ChangeEvent.Connectivity;

import java.time.Instant;

/**
 * A snapshot of a {@link SyncEngine}, for a status bar: whether the API answers, when the store last
 * caught up with it, how far the first sync has come, and whether the API key was refused.
 *
 * @param connectivity       OFFLINE while requests get no answer (the engine retries by itself), SYNCING
 *                           during the first sync and a full sweep of the chat list, ONLINE otherwise
 * @param running            between {@link SyncEngine#start()} and {@link SyncEngine#stop()}
 * @param lastSuccessfulSync when a pass over the chat list (filtered or full) last completed; null before
 * @param lastFullSync       when a pass over the whole chat list last completed, in this run; null before
 * @param firstSync          the first sync's progress; {@link FirstSyncProgress#done()} once it is over
 * @param authProblem        {@code UNAUTHORIZED} or {@code FORBIDDEN} when the API refused the key: polling
 *                           has stopped until {@link SyncEngine#resume()}; null otherwise
 * @param offlineRetryAt     while OFFLINE, when the engine tries again; null otherwise
 */
public record SyncStatus(
        Connectivity connectivity,
        boolean running,
        Instant lastSuccessfulSync,
        Instant lastFullSync,
        FirstSyncProgress firstSync,
        ApiException.Kind authProblem,
        Instant offlineRetryAt) {

    /** Before {@link SyncEngine#start()}. */
    public static final SyncStatus NOT_STARTED =
            new SyncStatus(Connectivity.SYNCING, false, null, null, FirstSyncProgress.NOT_STARTED, null, null);

    public SyncStatus {
        if (connectivity == null || firstSync == null) {
            throw new IllegalArgumentException("connectivity and firstSync are required");
        }
    }

    /** True when the API refused the key and the engine waits for a new one (or a {@link SyncEngine#resume()}). */
    public boolean hasAuthProblem() {
        return authProblem != null;
    }
}
