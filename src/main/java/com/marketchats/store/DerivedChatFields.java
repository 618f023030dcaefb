package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
            status = Columns.enumOf(ChatStatus.class, rows.getString("status"));
            updatedMs = rows.getLong("updated_ms");
        }
        boolean needsReply = ChatGroup.needsReply(status);
        int index = 1;
        update.setInt(index++, needsReply ? 1 : 0);
        update.setInt(index++, unreadCount(chatId));
        long lastMessageMs = setLastMessage(chatId, index);
        index += 5;
        long replySortMs = setWaitingSince(chatId, needsReply, index);
        index++;
        update.setLong(index++, replySortMs);
        update.setLong(index++, Math.max(updatedMs, lastMessageMs));
        update.setLong(index, chatId);
        update.executeUpdate();
    }

    private int unreadCount(long chatId) throws SQLException {
        unread.setLong(1, chatId);
        try (ResultSet rows = unread.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Sets the five last-message parameters from {@code index}; returns the last message's time in ms or 0. */
    private long setLastMessage(long chatId, int index) throws SQLException {
        lastMessage.setLong(1, chatId);
        try (ResultSet rows = lastMessage.executeQuery()) {
            if (!rows.next()) {
                update.setNull(index, Types.INTEGER);
                update.setNull(index + 1, Types.VARCHAR);
                update.setNull(index + 2, Types.INTEGER);
                update.setNull(index + 3, Types.VARCHAR);
                update.setNull(index + 4, Types.VARCHAR);
                return 0;
            }
            Long createdMs = Columns.getLong(rows, "created_ms");
            update.setLong(index, rows.getLong("message_id"));
            update.setString(index + 1, rows.getString("created_at"));
            Columns.setLong(update, index + 2, createdMs);
            update.setString(index + 3, rows.getString("sender"));
            update.setString(index + 4, MessagePreview.of(rows.getString("text"), rows.getString("attachment_name")));
            return createdMs == null ? 0 : createdMs;
        }
    }

    /** Sets the waiting-since parameter at {@code index}; returns the reply sort key (Long.MAX_VALUE when none). */
    private long setWaitingSince(long chatId, boolean needsReply, int index) throws SQLException {
        if (needsReply) {
            waitingSince.setLong(1, chatId);
            try (ResultSet rows = waitingSince.executeQuery()) {
                if (rows.next()) {
                    Long createdMs = Columns.getLong(rows, "created_ms");
                    update.setString(index, rows.getString("created_at"));
                    return createdMs == null ? Long.MAX_VALUE : createdMs;
                }
            }
        }
        update.setNull(index, Types.VARCHAR);
        return Long.MAX_VALUE;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {chat, lastMessage, unread, waitingSince, update}) {
            statement.close();
        }
    }
}
