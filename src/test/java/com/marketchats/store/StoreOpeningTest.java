package com.marketchats.store;

import com.marketchats.testing.TestClock;
import com.marketchats.api.dto.ChatStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreOpeningTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2026-07-01T08:09:10Z");

    @Test
    void opensOneDatabasePerBusinessInWalModeAtTheCurrentVersion() throws SQLException {
        try (ChatStore first = new StoreOpener(clock).open(dataDir, 1).store();
             ChatStore second = new StoreOpener(clock).open(dataDir, 2).store()) {
            first.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
            assertThat(second.chats().find(10)).isEmpty();
        }
        Path database = dataDir.resolve("business-1").resolve("chats.db");
        assertThat(database).isEqualTo(AccountFiles.of(dataDir, 1).database()).exists();
        assertThat(dataDir.resolve("business-2").resolve("chats.db")).exists();
        try (Connection connection = connect(database)) {
            assertThat(query(connection, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(query(connection, "PRAGMA user_version")).isEqualTo(String.valueOf(SchemaSteps.ALL.size()));
        }
    }

    @Test
    void keepsDataAcrossReopen() {
        try (ChatStore store = new StoreOpener(clock).open(dataDir, 1).store()) {
            store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
            store.messages().upsert(10, List.of(Api.customer(1, 0, "Здравствуйте")));
        }
        OpenedStore reopened = new StoreOpener(clock).open(dataDir, 1);
        try (ChatStore store = reopened.store()) {
            assertThat(reopened.recovery()).isEmpty();
            assertThat(store.chats().find(10)).get().extracting(ChatSummary::lastMessagePreview).isEqualTo("Здравствуйте");
        }
    }

    @Test
    void movesAGarbageFileAsideWithItsCompanionsAndOpensAFreshStore() throws IOException {
        Path database = AccountFiles.of(dataDir, 1).database();
        Files.createDirectories(database.getParent());
        byte[] garbage = "this is not a database, just some bytes the disk gave back".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(database, garbage);
        Files.writeString(database.resolveSibling("chats.db-wal"), "wal garbage");
        Files.writeString(database.resolveSibling("chats.db-shm"), "shm garbage");

        OpenedStore opened = new StoreOpener(clock).open(dataDir, 1);

        try (ChatStore store = opened.store()) {
            Path movedTo = database.resolveSibling("chats.corrupt-20260701-080910.db");
            CorruptStoreReport report = opened.recovery().orElseThrow().movedAside(StoreFile.CHATS).orElseThrow();
            assertThat(report.movedTo()).isEqualTo(movedTo);
            assertThat(report.original()).isEqualTo(database);
            assertThat(report.reason()).contains("not a database");
            assertThat(report.allMoved()).containsExactly(movedTo, movedTo.resolveSibling(movedTo.getFileName() + "-wal"),
                    movedTo.resolveSibling(movedTo.getFileName() + "-shm"));
            assertThat(movedTo).hasBinaryContent(garbage);
            assertThat(movedTo.resolveSibling(movedTo.getFileName() + "-wal")).hasContent("wal garbage");

            store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
            assertThat(store.chats().find(10)).isPresent();
        }
    }

    @Test
    void movesADatabaseWithADamagedPageAside() throws IOException {
        try (ChatStore store = new StoreOpener(clock).open(dataDir, 1).store()) {
            List<com.marketchats.api.dto.ChatMessage> messages = new ArrayList<>();
            for (int i = 1; i <= 2_000; i++) {
                messages.add(Api.customer(i, i, "сообщение номер " + i + " с текстом, чтобы страниц было много"));
            }
            store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
            store.messages().upsert(10, messages);
        }
        Path database = AccountFiles.of(dataDir, 1).database();
        assertThat(database.resolveSibling("chats.db-wal")).doesNotExist();
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            byte[] noise = new byte[4096 * 8];
            new java.util.Random(7).nextBytes(noise);
            file.seek(4096 * 4);
            file.write(noise);
        }

        OpenedStore opened = new StoreOpener(clock).open(dataDir, 1);

        try (ChatStore store = opened.store()) {
            assertThat(movedAsideChats(opened)).isPresent();
            assertThat(movedAsideChats(opened).get()).exists();
            assertThat(store.chats().find(10)).isEmpty();
        }
    }

    @Test
    void picksAFreeNameWhenTheFileWasMovedAsideInTheSameSecondBefore() throws IOException {
        Path database = AccountFiles.of(dataDir, 1).database();
        Files.createDirectories(database.getParent());
        Files.writeString(database, "garbage ".repeat(200));
        new StoreOpener(clock).open(dataDir, 1).store().close();
        Files.deleteIfExists(database.resolveSibling("chats.db-wal"));
        Files.deleteIfExists(database.resolveSibling("chats.db-shm"));
        Files.writeString(database, "more garbage ".repeat(200));

        OpenedStore opened = new StoreOpener(clock).open(dataDir, 1);
        opened.store().close();

        assertThat(movedAsideChats(opened)).contains(database.resolveSibling("chats.corrupt-20260701-080910-1.db"));
    }

    @Test
    void refusesADatabaseOfANewerVersionWithoutMovingIt() throws SQLException {
        Path database = AccountFiles.of(dataDir, 1).database();
        new StoreOpener(clock).open(dataDir, 1).store().close();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (SchemaSteps.ALL.size() + 1));
        }

        assertThatThrownBy(() -> new StoreOpener(clock).open(dataDir, 1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Market Chats");
        assertThat(database).exists();
    }

    private static java.util.Optional<Path> movedAsideChats(OpenedStore opened) {
        return opened.recovery().flatMap(recovery -> recovery.movedAside(StoreFile.CHATS)).map(CorruptStoreReport::movedTo);
    }

    static Connection connect(Path database) throws SQLException {
        return new SQLiteConfig().createConnection("jdbc:sqlite:" + database);
    }

    static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
