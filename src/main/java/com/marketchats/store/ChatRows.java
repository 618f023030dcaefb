package com.marketchats.store;


import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads {@link ChatSummary} rows from the {@code chats} table (alias {@code c}). */
final class ChatRows {

    static final String COLUMNS = """
            c.chat_id, c.legacy_order_id, c.context_type, c.customer_name, c.customer_public_id, c.campaign_id,
            c.order_id, c.return_id, c.type, c.status, c.created_at, c.updated_at, c.unread_count,
            c.last_message_id, c.last_message_at, c.last_message_sender, c.last_message_preview, c.waiting_since""";

    /** The list order: chats needing a reply first, the longest-waiting first; then the latest activity first. */
    static final String ORDER = "c.needs_reply DESC, c.reply_sort_ms, c.activity_ms DESC, c.chat_id DESC";

    private ChatRows() {
    }

    static ChatSummary read(ResultSet rows) throws SQLException {
        return new ChatSummary(
                rows.getLong("chat_id"),
                rows.getString("type"),
                rows.getString("status"),
                rows.getString("context_type"),
                rows.getString("customer_name"),
                rows.getString("customer_public_id"),
                Columns.getLong(rows, "campaign_id"),
                Columns.getLong(rows, "order_id"),
                Columns.getLong(rows, "return_id"),
                Columns.getLong(rows, "legacy_order_id"),
                Columns.offsetDateTime(rows.getString("created_at")),
                Columns.offsetDateTime(rows.getString("updated_at")),
                rows.getInt("unread_count"),
                Columns.getLong(rows, "last_message_id"),
                Columns.offsetDateTime(rows.getString("last_message_at")),
                rows.getString("last_message_sender"),
                rows.getString("last_message_preview"),
                Columns.offsetDateTime(rows.getString("waiting_since")));
    }
}
