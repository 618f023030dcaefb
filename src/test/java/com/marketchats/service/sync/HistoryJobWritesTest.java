package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.HistorySyncNeed;
import com.marketchats.store.StoreException;
import com.marketchats.store.StoreOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history job writes its batches on another thread while it fetches on: it ends only once every batch
 * is written, reports a chat as fetched only once its batch is in the store, and a failed write ends it
 * with that failure and those chats unreported.
 */
class HistoryJobWritesTest {

    private static final int CHATS = 6;
    /** Enough that the job's messages fill more than one batch. */
    private static final int MESSAGES_PER_CHAT = HistoryJob.FLUSH_MESSAGES / 4;

    @TempDir
    Path dataDir;

    private final FakeChatsApi api = new FakeChatsApi();
    private final ExecutorService writers = Executors.newCachedThreadPool();
    private ChatStore store;
    private List<HistorySyncNeed> needs;

    @BeforeEach
    void chatsWithLongHistories() {
        store = new StoreOpener(Clock.systemUTC()).open(dataDir, 1).store();
        needs = new ArrayList<>();
        for (long chatId = 1; chatId <= CHATS; chatId++) {
            api.addChat(chatId, ChatStatus.FINISHED, (int) chatId);
            for (int i = 0; i < MESSAGES_PER_CHAT; i++) {
                api.addMessage(chatId, MessageSender.CUSTOMER, (int) chatId);
            }
            store.chats().upsert(List.of(api.getChat(chatId)));
            needs.add(HistoryJob.needOf(store, chatId));
        }
    }

    @AfterEach
    void close() {
        writers.shutdownNow();
        store.close();
    }

    @Test
    void everyChatIsStoredWhenTheJobReportsIt() {
        HistoryJob.Outcome outcome = new HistoryJob(needs, false).run(api, writer(), writers, () -> false);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.fetched()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        for (long chatId = 1; chatId <= CHATS; chatId++) {
            // The fake API starts every chat with one message of its own.
            assertThat(store.messages().page(chatId, null, 1_000)).hasSize(MESSAGES_PER_CHAT + 1);
        }
    }

    @Test
    void aFailedWriteEndsTheJobWithoutReportingItsChats() {
        store.close();

        HistoryJob.Outcome outcome = new HistoryJob(needs, false).run(api, writer(), writers, () -> false);

        assertThat(outcome.failure()).isInstanceOf(StoreException.class);
        assertThat(outcome.fetched()).isEmpty();
        store = new StoreOpener(Clock.systemUTC()).open(dataDir, 1).store();
    }

    private HistoryWriter writer() {
        return new HistoryWriter(store, new ChangeEvents(Runnable::run));
    }
}
