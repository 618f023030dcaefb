package com.marketchats.service.sync;

import com.marketchats.service.sync.FirstSyncProgress.Stage;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The first sync's stage and progress: the chat list is read first, then the history of each chat it
 * found. Confined to the engine's thread.
 */
final class FirstSyncTracker {

    private Stage stage = Stage.LISTING_CHATS;
    private final Set<Long> pending = new HashSet<>();
    private int chatsListed;
    private int total;
    private int fetched;

    void alreadyDone() {
        stage = Stage.DONE;
    }

    void listed(int chats) {
        chatsListed = chats;
    }

    /** The chat list is read; these chats' histories are what is left of the first sync. */
    void listDone(Collection<Long> needingHistory) {
        stage = Stage.FETCHING_HISTORIES;
        pending.addAll(needingHistory);
        total = pending.size() + fetched;
        chatsListed = Math.max(chatsListed, total);
    }

    /**
     * These chats' histories were fetched or given up on for now. While the list is still read, that is
     * the open chat, which the list will then not count among the chats left to fetch.
     */
    void historiesDone(Collection<Long> chatIds) {
        for (Long chatId : chatIds) {
            if (pending.remove(chatId) || stage == Stage.LISTING_CHATS) {
                fetched++;
            }
        }
    }

    /** Whether no chat of the first sync waits any more (the caller knows none is being fetched). */
    boolean historiesComplete() {
        return stage == Stage.FETCHING_HISTORIES && pending.isEmpty();
    }

    void finish() {
        stage = Stage.DONE;
        fetched += pending.size();
        pending.clear();
    }

    boolean listing() {
        return stage == Stage.LISTING_CHATS;
    }

    boolean done() {
        return stage == Stage.DONE;
    }

    FirstSyncProgress progress() {
        return new FirstSyncProgress(stage, chatsListed, fetched, total);
    }
}
