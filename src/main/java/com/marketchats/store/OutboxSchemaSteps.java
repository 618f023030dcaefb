package com.marketchats.store;

import java.util.List;

/**
 * The history of the outbox database's ({@code outbox.db}) schema, kept like {@link SchemaSteps}: step N
 * takes it from {@code user_version} N-1 to N, and a shipped step is never edited.
 */
final class OutboxSchemaSteps {

    /**
     * Version 1: the outbox and the drafts, as version 3 of {@code chats.db} had them, so that
     * {@link OutboxMove} copies their rows column for column, ids included.
     */
    static final List<String> V1 = List.of(
            """
            CREATE TABLE outbox (
                id                  INTEGER PRIMARY KEY AUTOINCREMENT,
                chat_id             INTEGER NOT NULL,
                kind                TEXT NOT NULL,
                text                TEXT,
                file_path           TEXT,
                file_name           TEXT,
                file_size           INTEGER,
                content_type        TEXT,
                state               TEXT NOT NULL,
                attempts            INTEGER NOT NULL DEFAULT 0,
                next_attempt_ms     INTEGER,
                last_error_kind     TEXT,
                last_error_message  TEXT,
                created_ms          INTEGER NOT NULL,
                updated_ms          INTEGER NOT NULL,
                server_message_id   INTEGER,
                fingerprint         TEXT NOT NULL UNIQUE
            )""",
            "CREATE INDEX outbox_by_state ON outbox (state, id)",
            "CREATE INDEX outbox_by_chat ON outbox (chat_id, id)",
            """
            CREATE TABLE drafts (
                chat_id     INTEGER PRIMARY KEY,
                text        TEXT NOT NULL,
                updated_ms  INTEGER NOT NULL
            )""");

    /** Every step in order; the database's {@code user_version} is the number of steps applied. */
    static final List<List<String>> ALL = List.of(V1);

    private OutboxSchemaSteps() {
    }
}
