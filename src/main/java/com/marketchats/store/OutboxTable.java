package com.marketchats.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable outbox: what the seller wrote, kept before any HTTP call and until the server has it.
 * Each state change is one guarded UPDATE that applies only from the states {@link OutboxState} allows,
 * and says whether it applied, so that two parties racing on one item cannot both win.
 * <p>
 * The outbox lives in the store's own small database, {@code outbox.db} (see {@link StoreOpener}), apart
 * from the chats, so that a damaged or lost chat database costs no unsent reply. That database keeps a
 * rollback journal with {@code synchronous = FULL}: every change (an item, its SENDING mark, its outcome,
 * a retry, a cancel) is in the database file on the disk before the call returns, and there is no WAL
 * whose loss could roll a change back, so a delivered item never comes back as queued.
 */
public final class OutboxTable {

    private static final String COLUMNS = """
            id, chat_id, kind, text, file_path, file_name, file_size, content_type, state, attempts,
            next_attempt_ms, last_error_kind, last_error_message, created_ms, updated_ms, server_message_id,
            fingerprint""";
    private static final String INSERT = """
            INSERT INTO outbox (chat_id, kind, text, file_path, file_name, file_size, content_type, state,
                                created_ms, updated_ms, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)
            ON CONFLICT (fingerprint) DO NOTHING""";

    private final Database database;
    private final Clock clock;

    OutboxTable(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Adds an item in state QUEUED, due at once. When an item with the same fingerprint exists already
     * (the seller's Send was handled twice), nothing is added and that item is returned.
     */
    public OutboxItem enqueue(NewOutboxItem item) {
        long now = clock.millis();
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setLong(1, item.chatId());
                statement.setString(2, item.kind().name());
                statement.setString(3, item.text());
                statement.setString(4, item.filePath() == null ? null : item.filePath().toString());
                statement.setString(5, item.fileName());
                Columns.setLong(statement, 6, item.fileSize());
                statement.setString(7, item.contentType());
                statement.setLong(8, now);
                statement.setLong(9, now);
                statement.setString(10, item.fingerprint());
                statement.executeUpdate();
            }
            return select(connection, "fingerprint = ?", item.fingerprint()).get(0);
        });
    }

    public Optional<OutboxItem> find(long id) {
        return database.read(connection -> select(connection, "id = ?", id).stream().findFirst());
    }

    /** Items still to be sent or whose sending is under way (QUEUED, SENDING), oldest first. */
    public List<OutboxItem> pending() {
        return database.read(connection -> select(connection, "state IN ('QUEUED', 'SENDING') ORDER BY id"));
    }

    /** Items the sender gave up on (FAILED) until the seller retries or cancels them, oldest first. */
    public List<OutboxItem> failed() {
        return database.read(connection -> select(connection, "state = 'FAILED' ORDER BY id"));
    }

    /** The chats with an item the sender gave up on (FAILED): the chat list marks them until retried or cancelled. */
    public Set<Long> failedChatIds() {
        return database.read(connection ->
                ChatIds.of(connection, "SELECT DISTINCT chat_id FROM outbox WHERE state = 'FAILED'"));
    }

    /** A chat's items still to be sent or under way, in the order the seller wrote them. */
    public List<OutboxItem> pendingForChat(long chatId) {
        return database.read(connection ->
                select(connection, "chat_id = ? AND state IN ('QUEUED', 'SENDING') ORDER BY id", chatId));
    }

    /**
     * What the conversation shows of a chat's outbox: every item not cancelled whose server message
     * is not known yet (QUEUED, SENDING, FAILED, and SENT but not yet linked), in creation order.
     */
    public List<OutboxItem> unconfirmedForChat(long chatId) {
        return database.read(connection -> select(connection,
                "chat_id = ? AND state <> 'CANCELLED' AND server_message_id IS NULL ORDER BY id", chatId));
    }

    /**
     * SENT items whose server message is not known yet, over all chats, oldest first: the outbox watches
     * their chats' history to link them (and then hides them from the conversation).
     */
    public List<OutboxItem> sentUnlinked() {
        return database.read(connection ->
                select(connection, "state = 'SENT' AND server_message_id IS NULL ORDER BY id"));
    }

    /**
     * The server messageIds already linked to items of a chat, so that reconciliation never gives one
     * server message to two items (two "Thank you!" in a row are two messages).
     */
    public Set<Long> linkedServerMessageIds(long chatId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT server_message_id FROM outbox WHERE chat_id = ? AND server_message_id IS NOT NULL")) {
                statement.setLong(1, chatId);
                Set<Long> ids = new LinkedHashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** QUEUED → SENDING, counting the attempt. */
    public boolean markSending(long id) {
        return transition(id, "state = 'SENDING', attempts = attempts + 1", "'QUEUED'");
    }

    /**
     * SENDING → SENT; {@code serverMessageId} may be null when the answer did not carry it. Also from
     * QUEUED or FAILED, for an earlier attempt whose outcome was uncertain and that reconciliation found in
     * the chat's history.
     */
    public boolean markSent(long id, Long serverMessageId) {
        return transition(id, "state = 'SENT', server_message_id = ?, last_error_kind = NULL, "
                + "last_error_message = NULL, next_attempt_ms = NULL", "'SENDING', 'QUEUED', 'FAILED'",
                serverMessageId);
    }

    /** SENDING → QUEUED after a failure worth retrying, not before {@code nextAttemptAt}. */
    public boolean retryLater(long id, String errorKind, String errorMessage, Instant nextAttemptAt) {
        return transition(id, "state = 'QUEUED', last_error_kind = ?, last_error_message = ?, next_attempt_ms = ?",
                "'SENDING'", errorKind, errorMessage, Columns.millis(nextAttemptAt));
    }

    /** QUEUED or SENDING → FAILED: it will not be retried unless the seller asks ({@link #requeue}). */
    public boolean markFailed(long id, String errorKind, String errorMessage) {
        return transition(id, "state = 'FAILED', last_error_kind = ?, last_error_message = ?, next_attempt_ms = NULL",
                "'QUEUED', 'SENDING'", errorKind, errorMessage);
    }

    /** FAILED → QUEUED, due at once (the seller pressed Retry); the last error is kept for display. */
    public boolean requeue(long id) {
        return transition(id, "state = 'QUEUED', next_attempt_ms = NULL", "'FAILED'");
    }

    /** QUEUED or FAILED → CANCELLED. An item being sent cannot be cancelled. */
    public boolean cancel(long id) {
        return transition(id, "state = 'CANCELLED', next_attempt_ms = NULL", "'QUEUED', 'FAILED'");
    }

    /** Records the server's messageId of a SENT item once reconciled with the chat's history. */
    public boolean linkServerMessage(long id, long serverMessageId) {
        return transition(id, "server_message_id = ?", "'SENT'", serverMessageId);
    }

    private boolean transition(long id, String assignments, String fromStates, Object... values) {
        long now = clock.millis();
        String sql = "UPDATE outbox SET " + assignments + ", updated_ms = ? WHERE id = ? AND state IN (" + fromStates + ")";
        Database.Work<Boolean> update = connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object value : values) {
                    statement.setObject(index++, value);
                }
                statement.setLong(index++, now);
                statement.setLong(index, id);
                return statement.executeUpdate() == 1;
            }
        };
        return database.write(update);
    }

    /** Replies the seller wrote that the server does not have: QUEUED, SENDING or FAILED. */
    int unsentCount() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM outbox WHERE state IN ('QUEUED', 'SENDING', 'FAILED')");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    private static List<OutboxItem> select(Connection connection, String where, Object... values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM outbox WHERE " + where)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<OutboxItem> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                }
            }
            return items;
        }
    }

    private static OutboxItem read(ResultSet rows) throws SQLException {
        String path = rows.getString("file_path");
        return new OutboxItem(rows.getLong("id"), rows.getLong("chat_id"),
                OutboxKind.valueOf(rows.getString("kind")), rows.getString("text"),
                path == null ? null : Path.of(path), rows.getString("file_name"), Columns.getLong(rows, "file_size"),
                rows.getString("content_type"), OutboxState.valueOf(rows.getString("state")),
                rows.getInt("attempts"), Columns.instant(rows, "next_attempt_ms"), rows.getString("last_error_kind"),
                rows.getString("last_error_message"), Columns.instant(rows, "created_ms"),
                Columns.instant(rows, "updated_ms"), Columns.getLong(rows, "server_message_id"),
                rows.getString("fingerprint"));
    }
}
