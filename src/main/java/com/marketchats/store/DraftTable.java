package com.marketchats.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** The seller's unsent text per chat, kept across restarts in {@code outbox.db} beside the outbox. */
public final class DraftTable {

    private final Database database;
    private final Clock clock;

    DraftTable(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Keeps the draft of a chat; a null or blank text removes it. */
    public void save(long chatId, String text) {
        if (text == null || text.isBlank()) {
            delete(chatId);
            return;
        }
        long now = clock.millis();
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO drafts (chat_id, text, updated_ms) VALUES (?, ?, ?)
                    ON CONFLICT (chat_id) DO UPDATE SET text = excluded.text, updated_ms = excluded.updated_ms""")) {
                statement.setLong(1, chatId);
                statement.setString(2, text);
                statement.setLong(3, now);
                return statement.executeUpdate();
            }
        });
    }

    public Optional<Draft> find(long chatId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT text, updated_ms FROM drafts WHERE chat_id = ?")) {
                statement.setLong(1, chatId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Draft(chatId, rows.getString("text"), Columns.instant(rows, "updated_ms")))
                            : Optional.empty();
                }
            }
        });
    }

    /** The chats that have a draft (the chat list marks them). */
    public Set<Long> chatIds() {
        return database.read(connection -> ChatIds.of(connection, "SELECT chat_id FROM drafts"));
    }

    /** How many chats have a draft. */
    int count() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM drafts");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    public void delete(long chatId) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM drafts WHERE chat_id = ?")) {
                statement.setLong(1, chatId);
                return statement.executeUpdate();
            }
        });
    }
}
