package com.marketchats.store;

import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes chats as the API lists them and reads one chat back. */
public final class ChatTable {

    private static final String UPSERT = """
            INSERT INTO chats (chat_id, legacy_order_id, context_type, customer_name, customer_public_id,
                               customer_key, campaign_id, order_id, return_id, type, status, created_at,
                               updated_at, updated_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (chat_id) DO UPDATE SET
                legacy_order_id = excluded.legacy_order_id, context_type = excluded.context_type,
                customer_name = excluded.customer_name, customer_public_id = excluded.customer_public_id,
                customer_key = excluded.customer_key, campaign_id = excluded.campaign_id,
                order_id = excluded.order_id, return_id = excluded.return_id, type = excluded.type,
                status = excluded.status, created_at = excluded.created_at, updated_at = excluded.updated_at,
                updated_ms = excluded.updated_ms""";

    private final Database database;

    ChatTable(Database database) {
        this.database = database;
    }

    /**
     * Inserts or updates chats by id (a page of getChats, or any number) in one transaction, and
     * recomputes their derived fields. Writing the same chats again changes nothing.
     */
    public void upsert(List<ChatInfo> chats) {
        if (chats.isEmpty()) {
            return;
        }
        database.writeRecoverable(connection -> {
            Set<Long> ids = new LinkedHashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                for (ChatInfo chat : chats) {
                    bind(statement, chat);
                    statement.addBatch();
                    ids.add(chat.chatId());
                }
                statement.executeBatch();
            }
            DerivedChatFields.refresh(connection, ids);
            return null;
        });
    }

    public Optional<ChatSummary> find(long chatId) {
        return database.read(connection -> find(connection, chatId));
    }

    static Optional<ChatSummary> find(Connection connection, long chatId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + ChatRows.COLUMNS + " FROM chats c WHERE c.chat_id = ?")) {
            statement.setLong(1, chatId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(ChatRows.read(rows)) : Optional.empty();
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static void bind(PreparedStatement statement, ChatInfo chat) throws SQLException {
        ChatFullContext context = chat.context();
        ChatCustomer customer = context == null ? null : context.customer();
        String customerName = customer == null ? null : customer.name();
        statement.setLong(1, chat.chatId());
        Columns.setLong(statement, 2, chat.orderId());
        statement.setString(3, context == null ? null : context.typeName());
        statement.setString(4, customerName);
        statement.setString(5, customer == null ? null : customer.publicId());
        statement.setString(6, SearchText.nameKey(customerName));
        Columns.setLong(statement, 7, context == null ? null : context.campaignId());
        Columns.setLong(statement, 8, context == null ? null : context.orderId());
        Columns.setLong(statement, 9, context == null ? null : context.returnId());
        statement.setString(10, chat.typeName());
        statement.setString(11, chat.statusName());
        statement.setString(12, Columns.text(chat.createdAt()));
        statement.setString(13, Columns.text(chat.updatedAt()));
        Columns.setLong(statement, 14, Columns.millis(chat.updatedAt()));
    }
}
