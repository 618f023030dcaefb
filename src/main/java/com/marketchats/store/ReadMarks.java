package com.marketchats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The last message the seller has read in each chat; the unread counts follow from it. */
public final class ReadMarks {

    private static final String MARK = """
            INSERT INTO read_marks (chat_id, last_read_message_id) VALUES (?, ?)
            ON CONFLICT (chat_id) DO UPDATE SET last_read_message_id = excluded.last_read_message_id
             WHERE excluded.last_read_message_id > last_read_message_id""";
    private static final String MARK_ALL = """
            INSERT INTO read_marks (chat_id, last_read_message_id)
            SELECT chat_id, max(message_id) FROM messages WHERE chat_id = ? GROUP BY chat_id
            ON CONFLICT (chat_id) DO UPDATE SET last_read_message_id = excluded.last_read_message_id
             WHERE excluded.last_read_message_id > last_read_message_id""";

    private final Database database;

    ReadMarks(Database database) {
        this.database = database;
    }

    /**
     * Marks a chat read up to and including {@code messageId} and recomputes its unread count. The
     * mark only moves forward: a smaller id than the current mark changes nothing.
     */
    public void markReadUpTo(long chatId, long messageId) {
        markReadUpTo(Map.of(chatId, messageId));
    }

    /**
     * Marks several chats read, each up to and including its message id, in one transaction; each as
     * {@link #markReadUpTo(long, long)} would (a mark only moves forward).
     *
     * @param marks chat id to the last message id read in it
     */
    public void markReadUpTo(Map<Long, Long> marks) {
        if (marks.isEmpty()) {
            return;
        }
        database.write(connection -> {
            markReadUpToIn(connection, marks);
            DerivedChatFields.refresh(connection, marks.keySet());
            return null;
        });
    }

    /** {@link #markReadUpTo(Map)}'s statements inside a transaction of the caller's, without the refresh. */
    static void markReadUpToIn(Connection connection, Map<Long, Long> marks) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MARK)) {
            for (Map.Entry<Long, Long> mark : marks.entrySet()) {
                statement.setLong(1, mark.getKey());
                statement.setLong(2, mark.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Marks every message stored for a chat read (nothing happens while it has none). */
    public void markAllRead(long chatId) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MARK_ALL)) {
                statement.setLong(1, chatId);
                statement.executeUpdate();
            }
            DerivedChatFields.refresh(connection, List.of(chatId));
            return null;
        });
    }

    /** The last read messageId of a chat, if the seller has read any of it. */
    public OptionalLong lastRead(long chatId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT last_read_message_id FROM read_marks WHERE chat_id = ?")) {
                statement.setLong(1, chatId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }
}
