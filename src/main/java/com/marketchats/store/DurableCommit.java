package com.marketchats.store;

/**
 * What a durable write waits for after its COMMIT returned, which depends on how the database journals:
 * in WAL mode with {@code synchronous = NORMAL} the WAL still has to be flushed ({@link WalSync}); with a
 * rollback journal and {@code synchronous = FULL} SQLite synced the commit before COMMIT returned.
 */
interface DurableCommit extends AutoCloseable {

    /** For a database whose COMMIT is on the disk when it returns: nothing to wait for, nothing to close. */
    DurableCommit SYNCED_BY_COMMIT = new DurableCommit() {
        @Override
        public void awaitOnDisk() {
        }

        @Override
        public void close() {
        }
    };

    /** Returns once every transaction committed before this call is on the disk. */
    void awaitOnDisk();

    /** Releases what the strategy holds; called before the database's connections close. */
    @Override
    void close();
}
