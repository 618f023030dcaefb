package com.marketchats.store;

import com.marketchats.api.dto.ApiEnumNames;
import com.marketchats.api.dto.ChatStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Recomputes the derived columns of chats (unread count, last message and its preview, waiting-since,
 * sort keys) inside the write transaction that changed their messages, status or read mark, so that
 * the chat list reads them without scanning messages. Each query here is a range of one chat's index.
 */
final class DerivedChatFields implements AutoCloseable {

    private static final String CHAT = "SELECT status, updated_ms FROM chats WHERE chat_id = ?";
    private static final String LAST_MESSAGE = """
            SELECT m.message_id, m.created_at, m.created_ms, m.sender, m.text,
                   (SELECT a.name FROM attachments a WHERE a.chat_id = m.chat_id AND a.message_id = m.message_id
                     ORDER BY a.position LIMIT 1) AS attachment_name
              FROM messages m WHERE m.chat_id = ? ORDER BY m.message_id DESC LIMIT 1""";
    private static final String UNREAD = """
            SELECT count(*) FROM messages
             WHERE chat_id = ?1 AND sender IN ('CUSTOMER', 'MARKET', 'SUPPORT')
               AND message_id > coalesce((SELECT last_read_message_id FROM read_marks WHERE chat_id = ?1), 0)""";
    private static final String WAITING_SINCE = """
            SELECT created_at, created_ms FROM messages
             WHERE chat_id = ?1 AND sender = 'CUSTOMER'
               AND message_id > coalesce((SELECT max(message_id) FROM messages
                                           WHERE chat_id = ?1 AND sender = 'PARTNER'), 0)
             ORDER BY message_id LIMIT 1""";
    private static final String UPDATE = """
            UPDATE chats SET needs_reply = ?, unread_count = ?, last_message_id = ?, last_message_at = ?,
                   last_message_ms = ?, last_message_sender = ?, last_message_preview = ?, waiting_since = ?,
                   reply_sort_ms = ?, activity_ms = ?
             WHERE chat_id = ?""";

    private final PreparedStatement chat;
    private final PreparedStatement lastMessage;
    private final PreparedStatement unread;
    private final PreparedStatement waitingSince;
    private final PreparedStatement update;

    DerivedChatFields(Connection connection) throws SQLException {
        chat = connection.prepareStatement(CHAT);
        lastMessage = connection.prepareStatement(LAST_MESSAGE);
        unread = connection.prepareStatement(UNREAD);
        waitingSince = connection.prepareStatement(WAITING_SINCE);
        update = connection.prepareStatement(UPDATE);
    }

    /** Recomputes the given chats; ids with no chat row yet are skipped (their chat upsert will do it). */
    static void refresh(Connection connection, Collection<Long> chatIds) throws SQLException {
        try (DerivedChatFields fields = new DerivedChatFields(connection)) {
            for (long chatId : chatIds) {
                fields.refresh(chatId);
            }
        }
    }

    private void refresh(long chatId) throws SQLException {
        ChatStatus status;
        long updatedMs;
        chat.setLong(1, chatId);
        try (ResultSet rows = chat.executeQuery()) {
            if (!rows.next()) {
                return;
            }
            status = ApiEnumNames.constantOf(ChatStatus.class, rows.getString("status"));
            updatedMs = rows.getLong("updated_ms");
        }
        boolean needsReply = ChatGroup.needsReply(status);
        LastMessage last = lastMessage(chatId);
        Waiting waiting = needsReply ? waitingSince(chatId) : Waiting.NONE;
        long lastMessageMs = last == null || last.createdMs == null ? 0 : last.createdMs;

        update.setInt(1, needsReply ? 1 : 0);
        update.setInt(2, unreadCount(chatId));
        Columns.setLong(update, 3, last == null ? null : last.messageId);
        update.setString(4, last == null ? null : last.createdAt);
        Columns.setLong(update, 5, last == null ? null : last.createdMs);
        update.setString(6, last == null ? null : last.sender);
        update.setString(7, last == null ? null : last.preview);
        update.setString(8, waiting.createdAt);
        update.setLong(9, waiting.sortMs);
        update.setLong(10, Math.max(updatedMs, lastMessageMs));
        update.setLong(11, chatId);
        update.executeUpdate();
    }

    private int unreadCount(long chatId) throws SQLException {
        unread.setLong(1, chatId);
        try (ResultSet rows = unread.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The chat's message with the highest id, or null when it has none. */
    private LastMessage lastMessage(long chatId) throws SQLException {
        lastMessage.setLong(1, chatId);
        try (ResultSet rows = lastMessage.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            return new LastMessage(rows.getLong("message_id"), rows.getString("created_at"),
                    Columns.getLong(rows, "created_ms"), rows.getString("sender"),
                    MessagePreview.of(rows.getString("text"), rows.getString("attachment_name")));
        }
    }

    /** The oldest buyer message after the partner's last one, if any. */
    private Waiting waitingSince(long chatId) throws SQLException {
        waitingSince.setLong(1, chatId);
        try (ResultSet rows = waitingSince.executeQuery()) {
            if (!rows.next()) {
                return Waiting.NONE;
            }
            Long createdMs = Columns.getLong(rows, "created_ms");
            return new Waiting(rows.getString("created_at"), createdMs == null ? Long.MAX_VALUE : createdMs);
        }
    }

    private record LastMessage(long messageId, String createdAt, Long createdMs, String sender, String preview) {
    }

    /** Waiting-since as stored, and the sort key of the list (Long.MAX_VALUE sorts a chat after those waiting). */
    private record Waiting(String createdAt, long sortMs) {
        static final Waiting NONE = new Waiting(null, Long.MAX_VALUE);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {chat, lastMessage, unread, waitingSince, update}) {
            statement.close();
        }
    }
}
