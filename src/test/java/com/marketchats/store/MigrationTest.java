package com.marketchats.store;

import com.marketchats.testing.TestClock;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A database written by version 1 of the schema, by hand, is upgraded on open and keeps its data. */
class MigrationTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2026-07-01T08:00:00Z");

    @Test
    void upgradesAVersionOneDatabaseAndKeepsItsData() throws Exception {
        Path database = AccountFiles.of(dataDir, 1).database();
        writeVersionOne(database);

        OpenedStore opened = new StoreOpener(clock).open(dataDir, 1);

        try (ChatStore store = opened.store()) {
            assertThat(opened.recovery()).isEmpty();
            ChatSummary chat = store.chats().find(10).orElseThrow();
            assertThat(chat.customerName()).isEqualTo("Анна Смирнова");
            assertThat(chat.orderId()).isEqualTo(555L);
            assertThat(chat.unreadCount()).isEqualTo(1);
            assertThat(chat.lastMessagePreview()).isEqualTo("Когда отправите?");
            assertThat(store.messages().page(10, null, 10)).extracting(StoredMessage::text)
                    .containsExactly("Здравствуйте", "Когда отправите?");
            assertThat(store.messages().page(10, null, 10).get(0).attachments())
                    .containsExactly(new StoredAttachment("photo.jpg", "https://files.example/photo.jpg", 2048));
            assertThat(store.drafts().find(10)).get().extracting(Draft::text).isEqualTo("Добрый день");
            assertThat(store.readMarks().lastRead(10)).hasValue(1);
            assertThat(store.syncState().get("chat_list.page_token")).contains("abc");

            // Version 3's search index was filled from the messages version 1 had.
            assertThat(store.chatList().list(ChatQuery.of(ChatGroup.ALL).withSearch("ОТПРАВИТЕ")))
                    .extracting(ChatSummary::chatId).containsExactly(10L);
            // Version 2's outbox works.
            OutboxItem item = store.outbox().enqueue(NewOutboxItem.text(10, "Сегодня", "fp-1"));
            assertThat(store.outbox().pending()).containsExactly(item);
            // New writes keep the upgraded database current.
            store.messages().upsert(10, List.of(Api.partner(3, 5, "Сегодня отправим")));
            assertThat(store.chats().find(10).orElseThrow().waitingSince()).isNull();
        }
        try (Connection connection = StoreOpeningTest.connect(database)) {
            assertThat(StoreOpeningTest.query(connection, "PRAGMA user_version"))
                    .isEqualTo(String.valueOf(SchemaSteps.ALL.size()));
        }
    }

    @Test
    void rowsOfValuesAnOlderVersionKeptAsUnknownStayReadableAndTakeTheApisRawValueOnTheNextWrite() throws Exception {
        Path database = AccountFiles.of(dataDir, 1).database();
        writeVersionOne(database);
        try (Connection connection = StoreOpeningTest.connect(database); Statement statement = connection.createStatement()) {
            // What versions before the raw values wrote for a value they did not know.
            statement.execute("""
                    UPDATE chats SET context_type = 'UNKNOWN', type = 'UNKNOWN', status = 'UNKNOWN',
                                     last_message_sender = 'UNKNOWN' WHERE chat_id = 10""");
            statement.execute("UPDATE messages SET sender = 'UNKNOWN' WHERE message_id = 2");
        }

        try (ChatStore store = new StoreOpener(clock).open(dataDir, 1).store()) {
            ChatSummary old = store.chats().find(10).orElseThrow();
            assertThat(old.statusName()).isEqualTo("UNKNOWN");
            assertThat(old.status()).isEqualTo(ChatStatus.UNKNOWN);
            assertThat(old.contextType()).isEqualTo(ChatContextType.UNKNOWN);
            assertThat(store.messages().page(10, null, 10).get(1).sender()).isEqualTo(MessageSender.UNKNOWN);

            store.chats().upsert(List.of(new ChatInfo(10, 555L,
                    new ChatFullContext("SUPPLY", new ChatCustomer("Анна Смирнова", "pub-10"), null, 555L, null),
                    "GROUP", "UNDER_REVIEW", Api.at(-60), Api.at(2))));
            store.messages().upsert(10, List.of(new ChatMessage(2, Api.at(2), "BOT", "Когда отправите?", List.of())));

            ChatSummary updated = store.chats().find(10).orElseThrow();
            assertThat(updated).extracting(ChatSummary::contextTypeName, ChatSummary::typeName,
                    ChatSummary::statusName, ChatSummary::lastMessageSenderName)
                    .containsExactly("SUPPLY", "GROUP", "UNDER_REVIEW", "BOT");
            assertThat(store.messages().page(10, null, 10).get(1).senderName()).isEqualTo("BOT");
        }
    }

    @Test
    void aStepThatFailsLeavesTheDatabaseAtTheLastWholeVersion() throws Exception {
        Path database = AccountFiles.of(dataDir, 1).database();
        writeVersionOne(database);
        try (Connection connection = StoreOpeningTest.connect(database); Statement statement = connection.createStatement()) {
            // Something in the way of step 2: it cannot create its table.
            statement.execute("CREATE TABLE outbox (x)");
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StoreOpener(clock).open(dataDir, 1))
                .isInstanceOf(StoreException.class);

        try (Connection connection = StoreOpeningTest.connect(database)) {
            assertThat(StoreOpeningTest.query(connection, "PRAGMA user_version")).isEqualTo("1");
            assertThat(StoreOpeningTest.query(connection, "SELECT count(*) FROM messages")).isEqualTo("2");
        }
    }

    /** What version 1 of the app left on disk: its schema and rows, written with plain SQL. */
    private static void writeVersionOne(Path database) throws SQLException, java.io.IOException {
        Files.createDirectories(database.getParent());
        try (Connection connection = StoreOpeningTest.connect(database); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            for (String sql : SchemaSteps.V1) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = 1");
            statement.execute("""
                    INSERT INTO chats (chat_id, context_type, customer_name, customer_public_id, customer_key,
                                       campaign_id, order_id, type, status, created_at, updated_at, updated_ms,
                                       needs_reply, unread_count, last_message_id, last_message_at, last_message_ms,
                                       last_message_sender, last_message_preview, waiting_since, reply_sort_ms,
                                       activity_ms)
                    VALUES (10, 'ORDER', 'Анна Смирнова', 'pub-10', ' анна смирнова', 21000000, 555, 'CHAT',
                            '%s', '2026-06-30T10:00+03:00', '2026-07-01T10:02+03:00', 1782889320000,
                            1, 1, 2, '2026-07-01T10:02+03:00', 1782889320000, 'CUSTOMER', 'Когда отправите?',
                            '2026-07-01T10:00+03:00', 1782889200000, 1782889320000)"""
                    .formatted(ChatStatus.WAITING_FOR_PARTNER.name()));
            statement.execute("""
                    INSERT INTO messages (chat_id, message_id, created_at, created_ms, sender, text) VALUES
                        (10, 1, '2026-07-01T10:00+03:00', 1782889200000, 'CUSTOMER', 'Здравствуйте'),
                        (10, 2, '2026-07-01T10:02+03:00', 1782889320000, 'CUSTOMER', 'Когда отправите?')""");
            statement.execute("""
                    INSERT INTO attachments (chat_id, message_id, position, name, url, size)
                    VALUES (10, 1, 0, 'photo.jpg', 'https://files.example/photo.jpg', 2048)""");
            statement.execute("INSERT INTO drafts (chat_id, text, updated_ms) VALUES (10, 'Добрый день', 1782889000000)");
            statement.execute("INSERT INTO read_marks (chat_id, last_read_message_id) VALUES (10, 1)");
            statement.execute("INSERT INTO sync_state (key, value) VALUES ('chat_list.page_token', 'abc')");
        }
    }
}
