package com.marketchats.store;

import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Writers on several threads and a reader at the same time: every write lands, reads never fail. */
class ConcurrencyTest extends StoreFixture {

    private static final int WRITERS = 4;
    private static final int PAGES_PER_WRITER = 25;
    private static final int MESSAGES_PER_PAGE = 20;

    @Test
    void concurrentWritesAreSerialisedAndReadsSeeCommittedStates() throws Exception {
        List<com.marketchats.api.dto.ChatInfo> chats = new ArrayList<>();
        for (long chatId = 1; chatId <= WRITERS; chatId++) {
            chats.add(Api.orderChat(chatId, "buyer " + chatId, chatId, ChatStatus.NEW, Api.at(0)));
        }
        store.chats().upsert(chats);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                int lastTotal = 0;
                while (writing.get()) {
                    int total = store.chatList().totalUnread();
                    assertThat(total).as("unread only grows while writers add buyer messages").isGreaterThanOrEqualTo(lastTotal);
                    assertThat(total % MESSAGES_PER_PAGE).as("a page is seen whole or not at all").isZero();
                    lastTotal = total;
                    reads++;
                }
                return reads;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 1; w <= WRITERS; w++) {
                long chatId = w;
                writers.add(pool.submit(() -> writePages(chatId)));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }

        int perChat = PAGES_PER_WRITER * MESSAGES_PER_PAGE;
        assertThat(store.chatList().totalUnread()).isEqualTo(WRITERS * perChat);
        for (long chatId = 1; chatId <= WRITERS; chatId++) {
            assertThat(store.messages().lastMessageId(chatId)).hasValue(perChat);
            assertThat(store.chats().find(chatId).orElseThrow().unreadCount()).isEqualTo(perChat);
        }
    }

    private void writePages(long chatId) {
        for (int page = 0; page < PAGES_PER_WRITER; page++) {
            List<ChatMessage> messages = new ArrayList<>();
            for (int i = 1; i <= MESSAGES_PER_PAGE; i++) {
                int id = page * MESSAGES_PER_PAGE + i;
                messages.add(Api.customer(id, id, "сообщение " + id));
            }
            store.messages().upsert(chatId, messages);
        }
    }
}
