package com.marketchats.store;

import java.time.Clock;

/**
 * The local store of one account (business), in two SQLite databases: chats, messages, read marks and
 * sync state in {@code chats.db} (WAL mode), the outbox and drafts in {@code outbox.db} (rollback journal,
 * every commit synced), so that a damaged or lost chat database costs no unsent reply. Open it with
 * {@link StoreOpener}; close it when the account is closed.
 * <p>
 * Threading: every method may be called from any thread. Each write is one transaction on the single
 * writer connection of its database, serialised by a lock; reads use a second connection and see the
 * last committed state ({@link Database}). No method calls back into the caller. Calls block on disk, so
 * keep them off the FX thread.
 */
public final class ChatStore implements AutoCloseable {

    private final Database chatDatabase;
    private final Database outboxDatabase;
    private final ChatTable chats;
    private final ChatList chatList;
    private final MessageTable messages;
    private final OutboxTable outbox;
    private final DraftTable drafts;
    private final ReadMarks readMarks;
    private final UnreadFlags unreadFlags;
    private final SyncStateTable syncState;
    private final DeferredIndexes deferredIndexes;
    private final HistoryWrites histories;

    ChatStore(Database chatDatabase, Database outboxDatabase, Clock clock) {
        this.chatDatabase = chatDatabase;
        this.outboxDatabase = outboxDatabase;
        this.chats = new ChatTable(chatDatabase);
        this.chatList = new ChatList(chatDatabase);
        this.messages = new MessageTable(chatDatabase);
        this.outbox = new OutboxTable(outboxDatabase, clock);
        this.drafts = new DraftTable(outboxDatabase, clock);
        this.readMarks = new ReadMarks(chatDatabase);
        this.unreadFlags = new UnreadFlags(chatDatabase);
        this.syncState = new SyncStateTable(chatDatabase, clock);
        this.deferredIndexes = new DeferredIndexes(chatDatabase);
        this.histories = new HistoryWrites(chatDatabase, clock);
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

    /** Fetched histories of several chats (messages, sync marks, read marks) written as one. */
    public HistoryWrites histories() {
        return histories;
    }

    /** The seller's messages and files until the server has them; kept in {@code outbox.db}. */
    public OutboxTable outbox() {
        return outbox;
    }

    /** Kept in {@code outbox.db}. */
    public DraftTable drafts() {
        return drafts;
    }

    public ReadMarks readMarks() {
        return readMarks;
    }

    /** Chats the seller marked unread by hand. */
    public UnreadFlags unreadFlags() {
        return unreadFlags;
    }

    public SyncStateTable syncState() {
        return syncState;
    }

    /** The search and by-sender indexes of messages, kept as they are written or built later in one pass. */
    public DeferredIndexes deferredIndexes() {
        return deferredIndexes;
    }

    /** Closes both databases; waits for a write or read in progress to finish. */
    @Override
    public void close() {
        StoreException failure = null;
        for (Database database : new Database[] {chatDatabase, outboxDatabase}) {
            try {
                database.close();
            } catch (StoreException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
