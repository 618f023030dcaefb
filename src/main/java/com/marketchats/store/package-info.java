/**
 * The local store: two SQLite databases per business, {@code chats.db} (WAL mode) holding chats, messages
 * with their attachments' metadata, read marks and sync state, and {@code outbox.db} (rollback journal,
 * every commit synced) holding the outbox and drafts, so that a damaged chat database costs no unsent
 * reply; the single source of truth for what the UI shows.
 * <p>
 * Input is API-shaped ({@code api.dto} records); output is store-shaped records of this package. Open a
 * store with {@link com.marketchats.store.StoreOpener}; find the data folder with
 * {@link com.marketchats.store.DataDirectory}. Every method is thread-safe and blocks on disk: one writer
 * connection per database behind a lock (each call one transaction), one reader connection per
 * database (see {@code Database}).
 */
package com.marketchats.store;
