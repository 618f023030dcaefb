package com.marketchats.store;

import java.sql.PreparedStatement;
import java.util.Set;

/**
 * Chats the seller marked unread by hand, as in Telegram's "Mark as unread": the list shows them as
 * unread until the seller opens them again. Kept apart from the read marks, which only move forward and
 * count messages: this mark names no message. Written durably, like the read marks, so it survives a restart.
 */
public final class UnreadFlags {

    private final Database database;

    UnreadFlags(Database database) {
        this.database = database;
    }

    public void mark(long chatId) {
        update("INSERT INTO unread_flags (chat_id) VALUES (?) ON CONFLICT (chat_id) DO NOTHING", chatId);
    }

    /** Takes the mark away; says whether the chat had one. */
    public boolean clear(long chatId) {
        return update("DELETE FROM unread_flags WHERE chat_id = ?", chatId);
    }

    public Set<Long> chatIds() {
        return database.read(connection -> ChatIds.of(connection, "SELECT chat_id FROM unread_flags"));
    }

    private boolean update(String sql, long chatId) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, chatId);
                return statement.executeUpdate() == 1;
            }
        });
    }
}
