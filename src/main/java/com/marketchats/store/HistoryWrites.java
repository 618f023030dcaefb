package com.marketchats.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sync fetched of several chats' histories, written in one transaction: their new messages, how far
 * each history was fetched, and the first sync's read marks, with the chats' derived fields refreshed
 * once. One transaction instead of three is one commit instead of three, and never leaves messages stored
 * without their sync mark or read mark; so it needs no flush of its own to the disk either: an OS crash
 * loses all of it or none, and the histories are then fetched again as first fetches.
 */
public final class HistoryWrites {

    private final Database database;
    private final Clock clock;

    HistoryWrites(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Each part as {@link MessageTable#upsert(List)}, {@link SyncStateTable#markHistorySynced(List)} and
     * {@link ReadMarks#markReadUpTo(Map)} would write it, all in one transaction.
     *
     * @param readUpTo chat id to the last message id read in it; empty outside the first sync
     */
    public void write(List<MessageBatch> batches, List<HistorySyncMark> marks, Map<Long, Long> readUpTo) {
        if (batches.isEmpty() && marks.isEmpty() && readUpTo.isEmpty()) {
            return;
        }
        long now = clock.millis();
        database.writeRecoverable(connection -> {
            Set<Long> changed = MessageTable.upsertIn(connection, batches);
            SyncStateTable.markHistorySyncedIn(connection, marks, now);
            ReadMarks.markReadUpToIn(connection, readUpTo);
            changed.addAll(readUpTo.keySet());
            DerivedChatFields.refresh(connection, changed);
            return null;
        });
    }
}
