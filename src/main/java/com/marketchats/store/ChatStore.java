package com.marketchats.store;

import java.time.Clock;

/**
 * The local store of one account (business): chats, messages, the outbox, drafts, read marks and sync
 * state in one SQLite database (WAL mode). Open it with {@link StoreOpener}; close it when the account is
 * closed.
 * <p>
 * Threading: every method may be called from any thread. Each write is one transaction on the single
 * writer connection, serialised by a lock; reads use a second connection and see the last committed
 * state without waiting for a write in progress. No method calls back into the caller. Calls block on
 * disk, so keep them off the FX thread.
 */
public final class ChatStore implements AutoCloseable {

    private final Database database;
    private final ChatTable chats;
    private final ChatList chatList;
    private final MessageTable messages;
    private final OutboxTable outbox;
    private final DraftTable drafts;
    private final ReadMarks readMarks;
    private final SyncStateTable syncState;

    ChatStore(Database database, Clock clock) {
        this.database = database;
        this.chats = new ChatTable(database);
        this.chatList = new ChatList(database);
        this.messages = new MessageTable(database);
        this.outbox = new OutboxTable(database, clock);
        this.drafts = new DraftTable(database, clock);
        this.readMarks = new ReadMarks(database);
        this.syncState = new SyncStateTable(database, clock);
    }

    /** Chats written from getChats pages, and one chat read back. */
    public ChatTable chats() {
        return chats;
    }

    /** The chat list: filtered, searched and sorted pages, tab counts, total unread. */
    public ChatList chatList() {
        return chatList;
    }

    /** Messages written from getChatHistory pages, and pages of one chat read back. */
    public MessageTable messages() {
        return messages;
    }

    public OutboxTable outbox() {
        return outbox;
    }

    public DraftTable drafts() {
        return drafts;
    }

    public ReadMarks readMarks() {
        return readMarks;
    }

    public SyncStateTable syncState() {
        return syncState;
    }

    /** Closes both connections; waits for a write or read in progress to finish. */
    @Override
    public void close() {
        database.close();
    }
}
