package com.marketchats.store;

import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An install from before {@code outbox.db}: its {@code chats.db} at schema 3 holds the outbox and the
 * drafts. Opening moves every row to {@code outbox.db}, ids and sequence included, then drops the tables;
 * a process that died between the copy and the drop doubles nothing.
 */
class OutboxMoveTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2026-07-01T08:00:00Z");

    @Test
    void movesQueuedSentAndFailedItemsAndDraftsWithTheirIds() throws Exception {
        AccountFiles files = AccountFiles.of(dataDir, 1);
        writeVersionThree(files.database());

        OpenedStore opened = new StoreOpener(clock).open(dataDir, 1);

        try (ChatStore store = opened.store()) {
            assertThat(opened.recovery()).isEmpty();
            assertMoved(store);
            // The old sequence (7) was above every id copied: no id is given twice.
            assertThat(store.outbox().enqueue(NewOutboxItem.text(10, "Новое", "fp-new")).id()).isEqualTo(8);
            assertThat(store.chats().find(10)).isPresent();
        }
        try (Connection chats = StoreOpeningTest.connect(files.database())) {
            assertThat(StoreOpeningTest.query(chats, "PRAGMA user_version")).isEqualTo(String.valueOf(SchemaSteps.ALL.size()));
            assertThat(StoreOpeningTest.query(chats,
                    "SELECT count(*) FROM sqlite_master WHERE name IN ('outbox', 'drafts')")).isEqualTo("0");
        }
        try (Connection outbox = StoreOpeningTest.connect(files.outboxDatabase())) {
            assertThat(StoreOpeningTest.query(outbox, "PRAGMA user_version"))
                    .isEqualTo(String.valueOf(OutboxSchemaSteps.ALL.size()));
            assertThat(StoreOpeningTest.query(outbox, "SELECT count(*) FROM outbox")).isEqualTo("5");
        }
    }

    @Test
    void aProcessThatDiedBetweenTheCopyAndTheDropCopiesAgainWithoutDoubling() throws Exception {
        AccountFiles files = AccountFiles.of(dataDir, 1);
        writeVersionThree(files.database());
        // What the dead process left: outbox.db with the copy committed, chats.db not yet at version 4.
        try (Connection outbox = StoreOpeningTest.connect(files.outboxDatabase());
             Statement statement = outbox.createStatement()) {
            for (String sql : OutboxSchemaSteps.V1) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = 1");
            statement.execute("ATTACH DATABASE '" + files.database() + "' AS old");
            statement.execute("INSERT INTO outbox SELECT * FROM old.outbox");
            statement.execute("INSERT INTO drafts SELECT * FROM old.drafts");
            statement.execute("DETACH DATABASE old");
        }

        try (ChatStore store = new StoreOpener(clock).open(dataDir, 1).store()) {
            assertMoved(store);
        }
        try (Connection outbox = StoreOpeningTest.connect(files.outboxDatabase())) {
            assertThat(StoreOpeningTest.query(outbox, "SELECT count(*) FROM outbox")).isEqualTo("4");
            assertThat(StoreOpeningTest.query(outbox, "SELECT count(*) FROM drafts")).isEqualTo("2");
        }
    }

    private static void assertMoved(ChatStore store) {
        assertThat(store.outbox().find(1)).get().satisfies(item -> {
            assertThat(item.state()).isEqualTo(OutboxState.QUEUED);
            assertThat(item.text()).isEqualTo("В очереди");
            assertThat(item.fingerprint()).isEqualTo("fp-1");
        });
        assertThat(store.outbox().find(2)).get().satisfies(item -> {
            assertThat(item.state()).isEqualTo(OutboxState.SENT);
            assertThat(item.serverMessageId()).isEqualTo(901L);
            assertThat(item.attempts()).isEqualTo(1);
        });
        assertThat(store.outbox().find(3)).get().satisfies(item -> {
            assertThat(item.state()).isEqualTo(OutboxState.FAILED);
            assertThat(item.lastErrorKind()).isEqualTo("HTTP_400");
        });
        assertThat(store.outbox().find(5)).get().extracting(OutboxItem::state).isEqualTo(OutboxState.SENDING);
        assertThat(store.outbox().pending()).extracting(OutboxItem::id).containsExactly(1L, 5L);
        assertThat(store.drafts().find(10)).get().extracting(Draft::text).isEqualTo("Добрый день");
        assertThat(store.drafts().find(11)).get().extracting(Draft::text).isEqualTo("Спасибо за заказ");
    }

    /** What version 3 of the app left on disk: its schema, a chat, outbox items in three states and drafts. */
    private static void writeVersionThree(Path database) throws SQLException, IOException {
        Files.createDirectories(database.getParent());
        try (Connection connection = StoreOpeningTest.connect(database); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            for (List<String> step : List.of(SchemaSteps.V1, SchemaSteps.V2, SchemaSteps.V3)) {
                for (String sql : step) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = 3");
            statement.execute("INSERT INTO chats (chat_id, customer_name, status) VALUES (10, 'Анна', 'NEW')");
            statement.execute("""
                    INSERT INTO outbox (id, chat_id, kind, text, state, attempts, last_error_kind, created_ms,
                                        updated_ms, server_message_id, fingerprint) VALUES
                        (1, 10, 'TEXT', 'В очереди', 'QUEUED', 0, NULL, 1782889000000, 1782889000000, NULL, 'fp-1'),
                        (2, 10, 'TEXT', 'Доставлено', 'SENT', 1, NULL, 1782889000000, 1782889100000, 901, 'fp-2'),
                        (3, 10, 'TEXT', 'Не ушло', 'FAILED', 1, 'HTTP_400', 1782889000000, 1782889100000, NULL, 'fp-3'),
                        (5, 11, 'TEXT', 'В пути', 'SENDING', 1, NULL, 1782889000000, 1782889100000, NULL, 'fp-5')""");
            // Whatever put the sequence above the highest id left, the moved outbox must not give 6 or 7 again.
            statement.execute("UPDATE sqlite_sequence SET seq = 7 WHERE name = 'outbox'");
            statement.execute("""
                    INSERT INTO drafts (chat_id, text, updated_ms) VALUES
                        (10, 'Добрый день', 1782889000000), (11, 'Спасибо за заказ', 1782889000000)""");
        }
    }
}
