package com.marketchats.store;

import java.util.List;
import java.util.Optional;

/**
 * What opening a store had to repair: the damaged database files it moved aside (a fresh one took each
 * one's place), and what of the seller's own work the store still holds, read from {@code outbox.db}
 * once it was open. When only {@code chats.db} was moved, the counts are everything the seller had
 * queued and drafted; chats and messages come back with the next sync.
 *
 * @param movedAside         each file moved aside: which, where it went, and why
 * @param unsentRepliesKept  outbox items kept that the server does not have yet (QUEUED, SENDING, FAILED)
 * @param draftsKept         drafts kept
 */
public record StoreRecovery(List<CorruptStoreReport> movedAside, int unsentRepliesKept, int draftsKept) {

    public StoreRecovery {
        movedAside = List.copyOf(movedAside);
        if (movedAside.isEmpty()) {
            throw new IllegalArgumentException("a recovery moves at least one file aside");
        }
    }

    /** The report on one of the two files, when that one was moved aside. */
    public Optional<CorruptStoreReport> movedAside(StoreFile file) {
        return movedAside.stream().filter(report -> report.file() == file).findFirst();
    }
}
