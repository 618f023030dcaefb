package com.marketchats.store;

import java.util.List;

/**
 * The history of the chat database's ({@code chats.db}) schema: step N takes it from {@code user_version}
 * N-1 to N ({@link Migrator}). A step that has shipped is never edited; a change to the schema is a new
 * step at the end. The outbox database has a history of its own, {@link OutboxSchemaSteps}.
 * <p>
 * Times from the API are kept twice: as ISO-8601 text with the original offset (so they read back
 * exactly) and as epoch milliseconds (columns ending in {@code _ms}) for comparing and sorting. Times
 * made by the app are epoch milliseconds only. Enums are kept by name.
 */
final class SchemaSteps {

    /**
     * The drafts and outbox tables as they shipped in versions 1 and 2; {@code outbox.db}'s first step
     * ({@link OutboxSchemaSteps}) creates them the same, so rows move between the two column for column.
     */
    static final String DRAFTS_TABLE = """
            CREATE TABLE drafts (
                chat_id     INTEGER PRIMARY KEY,
                text        TEXT NOT NULL,
                updated_ms  INTEGER NOT NULL
            )""";
    static final String OUTBOX_TABLE = """
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
            )""";
    static final String OUTBOX_BY_STATE = "CREATE INDEX outbox_by_state ON outbox (state, id)";
    static final String OUTBOX_BY_CHAT = "CREATE INDEX outbox_by_chat ON outbox (chat_id, id)";

    /**
     * What the search index holds of a text column: the text with ё written as е, as {@link SearchText}
     * folds the words searched for. The one definition for every writer of the index.
     */
    static String indexedBody(String column) {
        return "replace(replace(" + column + ", 'ё', 'е'), 'Ё', 'Е')";
    }

    /** The index the derived chat fields' queries by sender use; {@link DeferredIndexes} drops it for a while. */
    static final String MESSAGES_BY_SENDER = "CREATE INDEX messages_by_sender ON messages (chat_id, sender, message_id)";
    /** Indexes each new message's text as it is written; {@link DeferredIndexes} drops it for a while. */
    static final String FTS_INSERT_TRIGGER = """
            CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.text IS NOT NULL BEGIN
                INSERT INTO messages_fts (rowid, body) VALUES (new.id, %s);
            END""".formatted(indexedBody("new.text"));

    /** Version 1: chats with their derived columns, messages, attachments, drafts, read marks, sync state. */
    static final List<String> V1 = List.of(
            """
            CREATE TABLE chats (
                chat_id              INTEGER PRIMARY KEY,
                legacy_order_id      INTEGER,
                context_type         TEXT,
                customer_name        TEXT,
                customer_public_id   TEXT,
                customer_key         TEXT,
                campaign_id          INTEGER,
                order_id             INTEGER,
                return_id            INTEGER,
                type                 TEXT,
                status               TEXT,
                created_at           TEXT,
                updated_at           TEXT,
                updated_ms           INTEGER,
                needs_reply          INTEGER NOT NULL DEFAULT 0,
                unread_count         INTEGER NOT NULL DEFAULT 0,
                last_message_id      INTEGER,
                last_message_at      TEXT,
                last_message_ms      INTEGER,
                last_message_sender  TEXT,
                last_message_preview TEXT,
                waiting_since        TEXT,
                reply_sort_ms        INTEGER NOT NULL DEFAULT 9223372036854775807,
                activity_ms          INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX chats_list_order ON chats (needs_reply DESC, reply_sort_ms, activity_ms DESC, chat_id DESC)",
            """
            CREATE TABLE messages (
                id          INTEGER PRIMARY KEY,
                chat_id     INTEGER NOT NULL,
                message_id  INTEGER NOT NULL,
                created_at  TEXT,
                created_ms  INTEGER,
                sender      TEXT,
                text        TEXT,
                UNIQUE (chat_id, message_id)
            )""",
            MESSAGES_BY_SENDER,
            """
            CREATE TABLE attachments (
                chat_id     INTEGER NOT NULL,
                message_id  INTEGER NOT NULL,
                position    INTEGER NOT NULL,
                name        TEXT,
                url         TEXT,
                size        INTEGER NOT NULL,
                PRIMARY KEY (chat_id, message_id, position)
            ) WITHOUT ROWID""",
            DRAFTS_TABLE,
            """
            CREATE TABLE read_marks (
                chat_id               INTEGER PRIMARY KEY,
                last_read_message_id  INTEGER NOT NULL
            )""",
            """
            CREATE TABLE sync_state (
                key    TEXT PRIMARY KEY,
                value  TEXT
            )""",
            """
            CREATE TABLE chat_sync (
                chat_id               INTEGER PRIMARY KEY,
                history_synced_up_to  INTEGER,
                history_synced_ms     INTEGER,
                covered_updated_ms    INTEGER
            )""");

    /** Version 2: the outbox of messages and files written by the seller and not yet confirmed sent. */
    static final List<String> V2 = List.of(
            OUTBOX_TABLE, OUTBOX_BY_STATE, OUTBOX_BY_CHAT);

    /**
     * Version 3: full-text search over message text (FTS5, unicode61 tokenizer: case-insensitive for
     * Cyrillic and Latin, Latin diacritics removed). The index is contentless and kept by triggers; the
     * text is indexed with ё folded to е so that a search typed either way finds both.
     */
    static final List<String> V3 = List.of(
            "CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61')",
            FTS_INSERT_TRIGGER,
            """
            CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
                DELETE FROM messages_fts WHERE rowid = old.id;
                INSERT INTO messages_fts (rowid, body)
                    SELECT new.id, %s WHERE new.text IS NOT NULL;
            END""".formatted(indexedBody("new.text")),
            """
            CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
                DELETE FROM messages_fts WHERE rowid = old.id;
            END""",
            """
            INSERT INTO messages_fts (rowid, body)
                SELECT id, %s FROM messages WHERE text IS NOT NULL""".formatted(indexedBody("text")));

    /**
     * Version 4: the outbox and the drafts have moved to {@code outbox.db}, whose loss or damage no
     * longer goes with the chats'. {@link OutboxMove} copies their rows there before this step runs.
     */
    static final List<String> V4 = List.of(
            "DROP TABLE outbox",
            "DROP TABLE drafts");

    /** The version whose step drops the tables {@link OutboxMove} copies first. */
    static final int OUTBOX_MOVED = 4;

    /**
     * Version 5: chats the seller marked unread by hand ("Mark as unread" in the list); the mark goes when
     * the chat is opened again. Beside the read marks, as the seller's own reading state.
     */
    static final List<String> V5 = List.of("CREATE TABLE unread_flags (chat_id INTEGER PRIMARY KEY)");

    /** Every step in order; the database's {@code user_version} is the number of steps applied. */
    static final List<List<String>> ALL = List.of(V1, V2, V3, V4, V5);

    private SchemaSteps() {
    }
}
