package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.StoreException;
import com.marketchats.store.StoreOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A chat-list pass's pages written behind its reads: together when they pile up, in the order read. */
class PageWritesTest {

    @TempDir
    Path folder;

    private final FakeChatsApi api = new FakeChatsApi();
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final AtomicInteger writes = new AtomicInteger();
    private ChatStore store;
    private PageWrites pages;

    @BeforeEach
    void open() {
        store = new StoreOpener().open(folder, 1).store();
        pages = new PageWrites(new ChatPageWriter(store, new ChangeEvents(Runnable::run)), tasks::add, false,
                writes::incrementAndGet);
        for (int chat = 1; chat <= 6; chat++) {
            api.addChat(chat, ChatStatus.NEW, chat);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void pagesReadWhileOneIsWrittenAreWrittenTogetherByTheNextWrite() throws InterruptedException {
        pages.add(chats(1, 2));
        pages.add(chats(3, 4));
        pages.add(chats(5, 6));

        assertThat(tasks).hasSize(1);
        tasks.poll().run();
        pages.awaitAll();

        assertThat(writes).hasValue(1);
        for (long chat = 1; chat <= 6; chat++) {
            assertThat(store.chats().find(chat)).as("chat %d", chat).isPresent();
        }
    }

    @Test
    void aFailedWriteIsRethrownAndWhatWaitedIsDropped() {
        pages.add(chats(1, 2));
        store.close();
        tasks.poll().run();
        pages.add(chats(3, 4));

        assertThat(tasks).isEmpty();
        assertThatThrownBy(pages::awaitAll).isInstanceOf(StoreException.class);
        assertThat(writes).hasValue(0);
    }

    private List<ChatInfo> chats(long first, long second) {
        return List.of(api.getChat(first), api.getChat(second));
    }
}
