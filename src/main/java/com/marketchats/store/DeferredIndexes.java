package com.marketchats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * Lets a first sync write its messages without keeping two indexes of them as it goes: the search index
 * (one FTS5 insert per message, by trigger) and the by-sender index. Those per-message writes took most of
 * the single writer's time in a first sync of 200,000 messages; one pass over the new messages at the end
 * costs a fraction of that. While deferred, messages above the mark (the highest message row id when
 * deferring began) are not in the search index and {@link ChatList}'s search scans them instead; the
 * derived chat fields' queries read the chat's messages by id without the by-sender index.
 * <p>
 * Both changes are one transaction each and idempotent, and the mark is kept in {@code sync_state}, so
 * an app stopped mid-way finds the store consistent and deferring or rebuilding again does the right thing.
 */
public final class DeferredIndexes {

    /** The {@code sync_state} key holding the mark; present exactly while the indexes are deferred. */
    static final String MARK_KEY = "search.indexed_up_to";

    private static final String READ_MARK = "SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = '" + MARK_KEY + "'";

    private final Database database;

    DeferredIndexes(Database database) {
        this.database = database;
    }

    /** Stops indexing new messages as they are written; nothing happens when already deferred. */
    public void defer() {
        database.writeRecoverable(connection -> {
            if (mark(connection).isPresent()) {
                return null;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO sync_state (key, value) SELECT '" + MARK_KEY
                        + "', coalesce(max(id), 0) FROM messages");
                statement.execute("DROP TRIGGER messages_fts_insert");
                statement.execute("DROP INDEX messages_by_sender");
            }
            return null;
        });
    }

    /**
     * Indexes every message written since {@link #defer} in one pass and goes back to indexing each
     * message as it is written; nothing happens when not deferred.
     */
    public void rebuild() {
        database.writeRecoverable(connection -> {
            OptionalLong mark = mark(connection);
            if (mark.isEmpty()) {
                return null;
            }
            // A message updated meanwhile was indexed by the update trigger; drop those so none is there twice.
            execute(connection, "DELETE FROM messages_fts WHERE rowid > ?", mark.getAsLong());
            execute(connection, "INSERT INTO messages_fts (rowid, body) SELECT id, " + SchemaSteps.indexedBody("text")
                    + " FROM messages WHERE id > ? AND text IS NOT NULL",
                    mark.getAsLong());
            try (Statement statement = connection.createStatement()) {
                statement.execute(SchemaSteps.MESSAGES_BY_SENDER);
                statement.execute(SchemaSteps.FTS_INSERT_TRIGGER);
                statement.execute("DELETE FROM sync_state WHERE key = '" + MARK_KEY + "'");
            }
            return null;
        });
    }

    /** Whether new messages wait for {@link #rebuild} to be searchable through the index. */
    public boolean deferred() {
        return database.read(connection -> mark(connection).isPresent());
    }

    private static OptionalLong mark(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ_MARK);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
        }
    }

    private static void execute(Connection connection, String sql, long value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, value);
            statement.executeUpdate();
        }
    }
}
