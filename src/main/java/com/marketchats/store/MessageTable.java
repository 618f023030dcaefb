package com.marketchats.store;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Writes messages as getChatHistory gives them (with their attachments) and reads pages of one chat. */
public final class MessageTable {

    private static final String UPSERT_MESSAGE = """
            INSERT INTO messages (chat_id, message_id, created_at, created_ms, sender, text) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (chat_id, message_id) DO UPDATE SET created_at = excluded.created_at,
                created_ms = excluded.created_ms, sender = excluded.sender, text = excluded.text
             WHERE created_at IS NOT excluded.created_at OR sender IS NOT excluded.sender
                OR text IS NOT excluded.text""";
    private static final String UPSERT_ATTACHMENT = """
            INSERT INTO attachments (chat_id, message_id, position, name, url, size) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (chat_id, message_id, position) DO UPDATE SET name = excluded.name, url = excluded.url,
                size = excluded.size
             WHERE name IS NOT excluded.name OR url IS NOT excluded.url OR size IS NOT excluded.size""";
    private static final String TRIM_ATTACHMENTS =
            "DELETE FROM attachments WHERE chat_id = ? AND message_id = ? AND position >= ?";
    private static final String PAGE = """
            SELECT message_id, created_at, sender, text FROM messages
             WHERE chat_id = ? AND message_id < ? ORDER BY message_id DESC LIMIT ?""";
    private static final String PAGE_ATTACHMENTS = """
            SELECT message_id, name, url, size FROM attachments
             WHERE chat_id = ? AND message_id BETWEEN ? AND ? ORDER BY message_id, position""";

    private final Database database;

    MessageTable(Database database) {
        this.database = database;
    }

    /** Writes one history page of one chat in one transaction; see {@link #upsert(List)}. */
    public void upsert(long chatId, List<ChatMessage> messages) {
        upsert(List.of(new MessageBatch(chatId, messages)));
    }

    /**
     * Inserts or updates messages by (chatId, messageId) with their attachments, any number of chats in
     * one transaction, and recomputes the derived fields of the chats touched. A message the API repeats
     * across pages, or a page written twice, changes nothing. Messages may come in any order.
     */
    public void upsert(List<MessageBatch> batches) {
        if (batches.stream().allMatch(batch -> batch.messages().isEmpty())) {
            return;
        }
        database.writeRecoverable(connection -> {
            DerivedChatFields.refresh(connection, upsertIn(connection, batches));
            return null;
        });
    }

    /** The upsert's statements inside a transaction of the caller's; answers the chats touched, to refresh. */
    static Set<Long> upsertIn(Connection connection, List<MessageBatch> batches) throws SQLException {
        Set<Long> chatIds = new LinkedHashSet<>();
        try (PreparedStatement messages = connection.prepareStatement(UPSERT_MESSAGE);
             PreparedStatement attachments = connection.prepareStatement(UPSERT_ATTACHMENT);
             PreparedStatement trim = connection.prepareStatement(TRIM_ATTACHMENTS)) {
            for (MessageBatch batch : batches) {
                for (ChatMessage message : batch.messages()) {
                    bindMessage(messages, batch.chatId(), message);
                    bindAttachments(attachments, trim, batch.chatId(), message);
                }
                chatIds.add(batch.chatId());
            }
        }
        return chatIds;
    }

    /**
     * Up to {@code limit} messages of a chat before {@code beforeMessageId} (null: the latest), newest
     * last, each with its attachments.
     */
    public List<StoredMessage> page(long chatId, Long beforeMessageId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return database.read(connection -> {
            List<StoredMessage> page = readPage(connection, chatId, beforeMessageId, limit);
            if (page.isEmpty()) {
                return page;
            }
            Map<Long, List<StoredAttachment>> attachments = readAttachments(connection, chatId,
                    page.get(0).messageId(), page.get(page.size() - 1).messageId());
            List<StoredMessage> result = new ArrayList<>(page.size());
            for (StoredMessage message : page) {
                List<StoredAttachment> files = attachments.getOrDefault(message.messageId(), List.of());
                result.add(new StoredMessage(chatId, message.messageId(), message.createdAt(), message.senderName(),
                        message.text(), files));
            }
            return result;
        });
    }

    /** Messages stored, over all chats. */
    public long count() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM messages");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The highest messageId stored for a chat (the next history fetch starts from it). */
    public OptionalLong lastMessageId(long chatId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT max(message_id) FROM messages WHERE chat_id = ?")) {
                statement.setLong(1, chatId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    long id = rows.getLong(1);
                    return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
                }
            }
        });
    }

    private static void bindMessage(PreparedStatement statement, long chatId, ChatMessage message)
            throws SQLException {
        statement.setLong(1, chatId);
        statement.setLong(2, message.messageId());
        statement.setString(3, Columns.text(message.createdAt()));
        Columns.setLong(statement, 4, Columns.millis(message.createdAt()));
        statement.setString(5, message.senderName());
        statement.setString(6, message.message());
        statement.executeUpdate();
    }

    private static void bindAttachments(PreparedStatement upsert, PreparedStatement trim, long chatId,
                                        ChatMessage message) throws SQLException {
        List<ChatAttachment> payload = message.payload();
        trim.setLong(1, chatId);
        trim.setLong(2, message.messageId());
        trim.setInt(3, payload.size());
        trim.executeUpdate();
        for (int position = 0; position < payload.size(); position++) {
            ChatAttachment attachment = payload.get(position);
            upsert.setLong(1, chatId);
            upsert.setLong(2, message.messageId());
            upsert.setInt(3, position);
            upsert.setString(4, attachment.name());
            upsert.setString(5, attachment.url());
            upsert.setInt(6, attachment.size());
            upsert.executeUpdate();
        }
    }

    private static List<StoredMessage> readPage(Connection connection, long chatId, Long before, int limit)
            throws SQLException {
        List<StoredMessage> page = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
            statement.setLong(1, chatId);
            statement.setLong(2, before == null ? Long.MAX_VALUE : before);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    page.add(new StoredMessage(chatId, rows.getLong("message_id"),
                            Columns.offsetDateTime(rows.getString("created_at")),
                            rows.getString("sender"),
                            rows.getString("text"), List.of()));
                }
            }
        }
        Collections.reverse(page);
        return page;
    }

    private static Map<Long, List<StoredAttachment>> readAttachments(Connection connection, long chatId,
                                                                     long fromId, long toId) throws SQLException {
        Map<Long, List<StoredAttachment>> byMessage = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(PAGE_ATTACHMENTS)) {
            statement.setLong(1, chatId);
            statement.setLong(2, fromId);
            statement.setLong(3, toId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byMessage.computeIfAbsent(rows.getLong("message_id"), id -> new ArrayList<>())
                            .add(new StoredAttachment(rows.getString("name"), rows.getString("url"),
                                    rows.getInt("size")));
                }
            }
        }
        return byMessage;
    }
}
