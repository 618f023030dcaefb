package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox and the drafts live in {@code outbox.db}, so that what happens to {@code chats.db} (junk over
 * its first pages, its WAL lost after a kill) costs no unsent reply, and a damaged {@code outbox.db} is
 * moved aside on its own.
 */
class OutboxSurvivalTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2026-07-01T08:09:10Z");

    @Test
    void junkOverTheChatDatabaseKeepsTheUnsentRepliesAndDrafts() throws IOException {
        List<Long> queued;
        try (ChatStore store = new StoreOpener(clock).open(dataDir, 1).store()) {
            store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
            queued = List.of(
                    store.outbox().enqueue(NewOutboxItem.text(10, "Добрый день", "fp-1")).id(),
                    store.outbox().enqueue(NewOutboxItem.text(10, "Заказ собран", "fp-2")).id(),
                    store.outbox().enqueue(NewOutboxItem.text(10, "Отправим сегодня", "fp-3")).id());
            store.drafts().save(11, "Здравствуйте, уточните");
        }
        AccountFiles files = AccountFiles.of(dataDir, 1);
        byte[] outboxBefore = Files.readAllBytes(files.outboxDatabase());
        junkOverTheStart(files.database(), 8 * 1024);

        OpenedStore opened = new StoreOpener(clock).open(dataDir, 1);

        try (ChatStore store = opened.store()) {
            StoreRecovery recovery = opened.recovery().orElseThrow();
            CorruptStoreReport chats = recovery.movedAside(StoreFile.CHATS).orElseThrow();
            assertThat(chats.original()).isEqualTo(files.database());
            assertThat(chats.movedTo()).isEqualTo(files.database().resolveSibling("chats.corrupt-20260701-080910.db"))
                    .exists();
            assertThat(chats.reason()).contains("not a database");
            assertThat(recovery.movedAside(StoreFile.OUTBOX)).isEmpty();
            assertThat(recovery.unsentRepliesKept()).isEqualTo(3);
            assertThat(recovery.draftsKept()).isEqualTo(1);

            assertThat(store.outbox().pending()).extracting(OutboxItem::id).containsExactlyElementsOf(queued);
            assertThat(store.outbox().pending()).extracting(OutboxItem::state).containsOnly(OutboxState.QUEUED);
            assertThat(store.drafts().find(11)).get().extracting(Draft::text).isEqualTo("Здравствуйте, уточните");
            assertThat(store.chats().find(10)).as("the chats come back with the next sync").isEmpty();
        }
        assertThat(files.outboxDatabase()).as("outbox.db untouched").hasBinaryContent(outboxBefore);
    }

    @Test
    void aDamagedOutboxDatabaseIsMovedAsideAloneAndTheChatsStay() throws IOException {
        try (ChatStore store = new StoreOpener(clock).open(dataDir, 1).store()) {
            store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
            store.outbox().enqueue(NewOutboxItem.text(10, "Добрый день", "fp-1"));
        }
        AccountFiles files = AccountFiles.of(dataDir, 1);
        junkOverTheStart(files.outboxDatabase(), 8 * 1024);

        OpenedStore opened = new StoreOpener(clock).open(dataDir, 1);

        try (ChatStore store = opened.store()) {
            StoreRecovery recovery = opened.recovery().orElseThrow();
            CorruptStoreReport outbox = recovery.movedAside(StoreFile.OUTBOX).orElseThrow();
            assertThat(outbox.movedTo()).isEqualTo(files.folder().resolve("outbox.corrupt-20260701-080910.db")).exists();
            assertThat(recovery.movedAside(StoreFile.CHATS)).isEmpty();
            assertThat(recovery.unsentRepliesKept()).isZero();
            assertThat(recovery.draftsKept()).isZero();
            assertThat(store.chats().find(10)).isPresent();
            assertThat(store.outbox().enqueue(NewOutboxItem.text(10, "Ещё раз", "fp-2")).state())
                    .isEqualTo(OutboxState.QUEUED);
        }
    }

    /**
     * The files as a kill leaves them when the {@code chats.db-wal} is then lost: copied while the store is
     * open, without that WAL. Every outbox change and draft is in {@code outbox.db} itself, so nothing
     * queued is lost and nothing delivered comes back as queued.
     */
    @Test
    void losingTheChatDatabasesWalAfterAKillLosesNoOutboxChange() throws IOException {
        Path copyDir = dataDir.resolve("copy");
        OutboxItem queued;
        OutboxItem delivered;
        OutboxItem failed;
        try (ChatStore store = new StoreOpener(clock).open(dataDir.resolve("live"), 1).store()) {
            store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
            queued = store.outbox().enqueue(NewOutboxItem.text(10, "В очереди", "fp-1"));
            delivered = store.outbox().enqueue(NewOutboxItem.text(10, "Доставлено", "fp-2"));
            failed = store.outbox().enqueue(NewOutboxItem.text(10, "Не ушло", "fp-3"));
            assertThat(store.outbox().markSending(delivered.id())).isTrue();
            assertThat(store.outbox().markSent(delivered.id(), 77L)).isTrue();
            assertThat(store.outbox().markSending(failed.id())).isTrue();
            assertThat(store.outbox().markFailed(failed.id(), "HTTP_400", "bad request")).isTrue();
            store.drafts().save(10, "Черновик");
            store.readMarks().markReadUpTo(10, 1);
            AccountFiles live = AccountFiles.of(dataDir.resolve("live"), 1);
            assertThat(live.database().resolveSibling("chats.db-wal")).as("chats.db has a WAL to lose").exists();
            assertThat(live.outboxDatabase().resolveSibling("outbox.db-wal")).doesNotExist();
            Path copy = Files.createDirectories(AccountFiles.of(copyDir, 1).folder());
            Files.copy(live.database(), copy.resolve("chats.db"));
            Files.copy(live.outboxDatabase(), copy.resolve("outbox.db"));
        }

        OpenedStore opened = new StoreOpener(clock).open(copyDir, 1);

        try (ChatStore store = opened.store()) {
            assertThat(store.outbox().find(queued.id())).get().extracting(OutboxItem::state).isEqualTo(OutboxState.QUEUED);
            assertThat(store.outbox().find(delivered.id())).get().satisfies(item -> {
                assertThat(item.state()).isEqualTo(OutboxState.SENT);
                assertThat(item.serverMessageId()).isEqualTo(77L);
            });
            assertThat(store.outbox().find(failed.id())).get().extracting(OutboxItem::state).isEqualTo(OutboxState.FAILED);
            assertThat(store.outbox().pending()).extracting(OutboxItem::id).containsExactly(queued.id());
            assertThat(store.drafts().find(10)).get().extracting(Draft::text).isEqualTo("Черновик");
        }
    }

    private static void junkOverTheStart(Path file, int bytes) throws IOException {
        byte[] junk = new byte[bytes];
        new Random(11).nextBytes(junk);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek(0);
            out.write(junk);
        }
    }
}
