package com.marketchats.store;

/**
 * What a cabinet's store holds that the seller would lose with it, counted for the question before a
 * cabinet is removed.
 *
 * @param chats  chats kept with their messages (the local history)
 * @param drafts chats with a draft not sent
 * @param unsent outbox items not sent yet: queued, being sent, or failed and waiting for the seller
 */
public record CabinetContents(int chats, int drafts, int unsent) {

    /** Counts what {@code store} holds now (blocks on disk). */
    public static CabinetContents of(ChatStore store) {
        int chats = store.chatList().countByGroup(ChatQuery.of(ChatGroup.ALL)).all();
        int unsent = store.outbox().pending().size() + store.outbox().failed().size();
        return new CabinetContents(chats, store.drafts().count(), unsent);
    }
}
