/**
 * The local store: one SQLite database per business (WAL mode) holding chats, messages with their
 * attachments' metadata, the outbox, drafts, read marks and sync state; the single source of truth for
 * what the UI shows.
 * <p>
 * Input is API-shaped ({@code api.dto} records); output is store-shaped records of this package. Open a
 * store with {@link com.marketchats.store.StoreOpener}; find the data folder with
 * {@link com.marketchats.store.DataDirectory}. Every method is thread-safe and blocks on disk: one writer
 * connection behind a lock (each call one transaction), one reader connection that never waits for a
 * write.
 */
package com.marketchats.store;
