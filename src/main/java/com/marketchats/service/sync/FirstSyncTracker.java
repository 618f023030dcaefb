package com.marketchats.service.sync;

import com.marketchats.service.sync.FirstSyncProgress.Stage;
import com.marketchats.store.ChatStore;
import com.marketchats.store.HistorySyncNeed;
import com.marketchats.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The first sync of an account: its stage and progress (the chat list is read first, then the history
 * of each chat it found), and the store's record that it is over, so that the next run polls instead.
 * While it runs, the store's message indexes are deferred and built in one pass at its end
 * ({@link com.marketchats.store.DeferredIndexes}).
 * Confined to the engine's thread.
 */
final class FirstSyncTracker {

    private static final Logger LOG = LoggerFactory.getLogger(FirstSyncTracker.class);
    /** The store key saying that the account's first sync is over; its value is when, in epoch millis. */
    static final String DONE_KEY = "sync.first_sync_done_ms";

    private final ChatStore store;
    private Stage stage = Stage.LISTING_CHATS;
    private final Set<Long> pending = new HashSet<>();
    private int chatsListed;
    private int total;
    private int fetched;

    FirstSyncTracker(ChatStore store) {
        this.store = store;
    }

    /**
     * Picks up where the account's last run left the first sync: over, past its chat list, or not begun.
     *
     * @param chatListRead whether a full pass over the chat list was ever completed
     * @return true when the first sync must begin with the chat list
     */
    boolean resume(boolean chatListRead) {
        if (store.syncState().get(DONE_KEY).isPresent()) {
            stage = Stage.DONE;
            // Should the last run have failed to rebuild them, the indexes are rebuilt now.
            rebuildIndexes();
            return false;
        }
        try {
            store.deferredIndexes().defer();
        } catch (StoreException e) {
            LOG.error("Could not defer the search index; the first sync indexes each message as it goes", e);
        }
        if (chatListRead) {
            listDone(Set.of());
            return false;
        }
        return true;
    }

    void listed(int chats) {
        chatsListed = chats;
    }

    /**
     * The chat list is read; the chats whose history was never fetched, and those being fetched now
     * (their history may be written already, but their job has not ended), are what is left of the first
     * sync.
     */
    void listDone(Collection<Long> beingFetched) {
        stage = Stage.FETCHING_HISTORIES;
        store.syncState().chatsNeedingHistorySync(Integer.MAX_VALUE).stream()
                .map(HistorySyncNeed::chatId).forEach(pending::add);
        pending.addAll(beingFetched);
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

    /** The first sync is over: says so in the store, for the next run. */
    void finish(Instant now) {
        stage = Stage.DONE;
        fetched += pending.size();
        pending.clear();
        rebuildIndexes();
        try {
            store.syncState().put(DONE_KEY, Long.toString(now.toEpochMilli()));
        } catch (StoreException e) {
            LOG.error("Could not record that the first sync is over; the next start repeats its last step", e);
        }
        LOG.info("First sync done: {} chats, {} histories", chatsListed, fetched);
    }

    /**
     * Indexes what the first sync wrote, in one pass on the engine's thread: it comes once, when no
     * history job of the first sync is left, and the first sync is not over before its messages are
     * searchable.
     */
    private void rebuildIndexes() {
        try {
            store.deferredIndexes().rebuild();
        } catch (StoreException e) {
            LOG.error("Could not build the search index; search reads the new messages one by one until the next start", e);
        }
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
