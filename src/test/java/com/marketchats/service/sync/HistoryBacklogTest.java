package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.store.ChatStore;
import com.marketchats.store.HistorySyncNeed;
import com.marketchats.store.StoreOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chunks of chats for the history jobs, sized so that a job lasts about half a second. */
class HistoryBacklogTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path folder;

    private ChatStore store;
    private HistoryBacklog backlog;

    @BeforeEach
    void open() {
        store = new StoreOpener().open(folder, 1).store();
        FakeChatsApi api = new FakeChatsApi();
        List<ChatInfo> chats = new ArrayList<>();
        for (int chat = 1; chat <= 2_000; chat++) {
            api.addChat(chat, ChatStatus.FINISHED, chat % 600);
            chats.add(api.getChat(chat));
        }
        store.chats().upsert(chats);
        backlog = new HistoryBacklog(store, 3, 200);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void jobsStartSmallGrowOnAFastServerUpToTheMostAndShrinkOnASlowOne() {
        List<List<HistorySyncNeed>> first = backlog.take(START, null);
        assertThat(first).hasSize(3).allSatisfy(chunk -> assertThat(chunk).hasSize(HistoryBacklog.MIN_CHUNK));

        // 25 chats in 25 ms: a millisecond a chat would fill half a second with 500; 200 is the most.
        endAfter(first.get(0), START.plusMillis(25));
        assertThat(backlog.take(START.plusMillis(25), null)).singleElement().satisfies(chunk -> assertThat(chunk).hasSize(200));

        // 25 chats in 2.5 s: a tenth of a second a chat; 5 would do, 25 is the least.
        endAfter(first.get(1), START.plusMillis(2_500));
        assertThat(backlog.take(START.plusMillis(2_500), null)).singleElement()
                .satisfies(chunk -> assertThat(chunk).hasSize(HistoryBacklog.MIN_CHUNK));

        // 25 chats in 250 ms: 10 ms a chat, 50 to a job.
        endAfter(first.get(2), START.plusMillis(250));
        assertThat(backlog.take(START.plusMillis(250), null)).singleElement().satisfies(chunk -> assertThat(chunk).hasSize(50));
    }

    private void endAfter(List<HistorySyncNeed> chunk, Instant now) {
        endAfter(backlog, chunk, now);
    }

    private static void endAfter(HistoryBacklog backlog, List<HistorySyncNeed> chunk, Instant now) {
        List<Long> ids = new ArrayList<>();
        chunk.forEach(need -> ids.add(need.chatId()));
        backlog.ended(ids, List.of(), now);
    }

    @Test
    void fewerChatsThanTheFreeJobsCouldTakeAreSharedOutAmongThem() {
        HistoryBacklog wide = new HistoryBacklog(store, 3, 1_000);
        List<List<HistorySyncNeed>> first = wide.take(START, null);
        first.forEach(chunk -> endAfter(wide, chunk, START.plusMillis(1)));

        // Nothing was written, so all 2,000 chats still wait; 1,000 a job would leave the third job idle.
        assertThat(wide.take(START.plusMillis(1), null)).extracting(List::size).containsExactly(667, 667, 666);
    }

    @Test
    void aJobThatTookNoMeasurableTimeLeavesTheChunkAsItWas() {
        List<List<HistorySyncNeed>> first = backlog.take(START, null);
        endAfter(first.get(0), START);

        assertThat(backlog.take(START, null)).singleElement()
                .satisfies(chunk -> assertThat(chunk).hasSize(HistoryBacklog.MIN_CHUNK));
    }
}
