package com.marketchats.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** How one database of a store journals its writes, and so what a durable write waits for. */
enum Journal {

    /**
     * {@code chats.db}: WAL, so that the sync's many writes never block the chat list's reads, with
     * {@code synchronous = NORMAL} and group commit ({@link WalSync}) for its few durable writes.
     */
    WAL_GROUP_COMMIT {
        @Override
        void configure(Connection writer, Path file) throws SQLException {
            String mode = queryString(writer, "PRAGMA journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("The local store " + file + " could not switch to WAL mode (" + mode + ")");
            }
            execute(writer, "PRAGMA synchronous = NORMAL");
        }

        @Override
        Database database(Connection writer, Connection reader, Path file) {
            return new Database(writer, reader, checkpoint -> new WalSync(file, checkpoint));
        }
    },

    /**
     * {@code outbox.db}: a rollback journal with {@code synchronous = FULL}, so that every COMMIT is in the
     * database file on the disk before it returns and no WAL file exists whose loss could roll it back.
     * TRUNCATE rather than DELETE: a commit empties the journal and, under FULL, syncs that, which is
     * durable by itself; a deleted journal would come back after a power cut unless the folder were synced
     * too (which SQLite does only under EXTRA), and a returning journal undoes the commit.
     */
    ROLLBACK_FULL_SYNC {
        @Override
        void configure(Connection writer, Path file) throws SQLException {
            String mode = queryString(writer, "PRAGMA journal_mode = TRUNCATE");
            if (!"truncate".equalsIgnoreCase(mode)) {
                throw new StoreException("The local store " + file + " could not switch to a rollback journal ("
                        + mode + ")");
            }
            execute(writer, "PRAGMA synchronous = FULL");
        }

        @Override
        Database database(Connection writer, Connection reader, Path file) {
            return new Database(writer, reader, checkpoint -> DurableCommit.SYNCED_BY_COMMIT);
        }
    };

    /** Sets the journal mode and sync level on the writer connection, the one that commits. */
    abstract void configure(Connection writer, Path file) throws SQLException;

    abstract Database database(Connection writer, Connection reader, Path file);

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
