package com.marketchats.store;

/** The two database files of an account's store (see {@link AccountFiles}). */
public enum StoreFile {
    /** {@code chats.db}: chats, messages, read marks and sync state; the API gives the chats again. */
    CHATS,
    /** {@code outbox.db}: the outbox and the drafts, what only the seller has. */
    OUTBOX
}
