package com.marketchats.service.sync;

/**
 * How far the first sync of an account has come: the chat list first, then every chat's history.
 *
 * @param stage            what the first sync is doing
 * @param chatsFetched     chats the first pass over the chat list has read so far
 * @param historiesFetched histories fetched (or given up on for now) of {@code historiesTotal}
 * @param historiesTotal   chats whose history the first sync fetches; 0 until the chat list is read
 */
public record FirstSyncProgress(Stage stage, int chatsFetched, int historiesFetched, int historiesTotal) {

    /** The steps of a first sync, in order. */
    public enum Stage { LISTING_CHATS, FETCHING_HISTORIES, DONE }

    /** Nothing fetched yet. */
    public static final FirstSyncProgress NOT_STARTED = new FirstSyncProgress(Stage.LISTING_CHATS, 0, 0, 0);

    public FirstSyncProgress {
        if (stage == null) {
            throw new IllegalArgumentException("stage is required");
        }
    }

    public boolean done() {
        return stage == Stage.DONE;
    }
}
