package com.marketchats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the sync has done so far: free key/value entries, when the chat list was last fully synced,
 * and per chat how far its history was fetched; and which chats need their history fetched.
 */
public final class SyncStateTable {

    static final String CHAT_LIST_SYNCED_KEY = "chat_list.last_full_sync_ms";

    private static final String NEEDING_HISTORY = """
            SELECT c.chat_id, c.updated_at, c.last_message_id, s.history_synced_up_to FROM chats c
              LEFT JOIN chat_sync s ON s.chat_id = c.chat_id
             WHERE s.history_synced_ms IS NULL
                OR c.updated_ms > max(coalesce(c.last_message_ms, 0), coalesce(s.covered_updated_ms, 0))
             ORDER BY""" + " " + ChatRows.ORDER + " LIMIT ?";

    private static final String MARK_HISTORY = """
            INSERT INTO chat_sync (chat_id, history_synced_up_to, history_synced_ms, covered_updated_ms)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (chat_id) DO UPDATE SET history_synced_up_to = excluded.history_synced_up_to,
                history_synced_ms = excluded.history_synced_ms,
                covered_updated_ms = excluded.covered_updated_ms""";

    private final Database database;
    private final Clock clock;

    SyncStateTable(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void put(String key, String value) {
        database.writeRecoverable(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO sync_state (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
                statement.setString(1, key);
                statement.setString(2, value);
                return statement.executeUpdate();
            }
        });
    }

    public Optional<String> get(String key) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT value FROM sync_state WHERE key = ?")) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Records that every page of the chat list was fetched, now. */
    public void markChatListSynced() {
        put(CHAT_LIST_SYNCED_KEY, Long.toString(clock.millis()));
    }

    public Optional<Instant> lastChatListSync() {
        return get(CHAT_LIST_SYNCED_KEY).map(value -> Instant.ofEpochMilli(Long.parseLong(value)));
    }

    /**
     * Records that a chat's history was fetched up to {@code upToMessageId}, now.
     *
     * @param coveredUpdatedAt the chat's {@code updatedAt} the fetch was made for (from {@link HistorySyncNeed});
     *                         the chat needs no new fetch until its {@code updatedAt} moves past it and past
     *                         its last stored message. May be null.
     */
    public void markHistorySynced(long chatId, Long upToMessageId, OffsetDateTime coveredUpdatedAt) {
        markHistorySynced(List.of(new HistorySyncMark(chatId, upToMessageId, coveredUpdatedAt)));
    }

    /**
     * Records several chats' history syncs, now, in one transaction; each mark as
     * {@link #markHistorySynced(long, Long, OffsetDateTime)} would.
     */
    public void markHistorySynced(List<HistorySyncMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        long now = clock.millis();
        database.writeRecoverable(connection -> markHistorySyncedIn(connection, marks, now));
    }

    /** {@link #markHistorySynced(List)}'s statements inside a transaction of the caller's. */
    static int markHistorySyncedIn(Connection connection, List<HistorySyncMark> marks, long nowMs) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MARK_HISTORY)) {
            for (HistorySyncMark mark : marks) {
                statement.setLong(1, mark.chatId());
                Columns.setLong(statement, 2, mark.upToMessageId());
                statement.setLong(3, nowMs);
                Columns.setLong(statement, 4, Columns.millis(mark.coveredUpdatedAt()));
                statement.addBatch();
            }
            return statement.executeBatch().length;
        }
    }

    public Optional<HistorySyncState> historyState(long chatId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT history_synced_up_to, history_synced_ms FROM chat_sync WHERE chat_id = ?")) {
                statement.setLong(1, chatId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new HistorySyncState(chatId, Columns.getLong(rows, "history_synced_up_to"),
                                    Columns.instant(rows, "history_synced_ms")))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Chats whose history should be fetched: never fetched, or whose {@code updatedAt} (the time of its
     * last message, says the API) is newer than the last message stored and than the {@code updatedAt} the
     * last fetch covered. In list order: chats needing a reply first.
     */
    public List<HistorySyncNeed> chatsNeedingHistorySync(int limit) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(NEEDING_HISTORY)) {
                statement.setInt(1, limit);
                List<HistorySyncNeed> needs = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        needs.add(new HistorySyncNeed(rows.getLong("chat_id"),
                                Columns.getLong(rows, "history_synced_up_to"),
                                Columns.getLong(rows, "last_message_id"),
                                Columns.offsetDateTime(rows.getString("updated_at"))));
                    }
                }
                return needs;
            }
        });
    }
}
