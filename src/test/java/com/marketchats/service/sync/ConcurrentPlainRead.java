package com.marketchats.service.sync;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The benchmark's anchor: a plain client reading a cabinet with the sync engine's concurrency and keeping
 * nothing. As the engine does, one thread pages through getChats while {@code readers} threads (the
 * engine's history jobs) fetch the histories of the chats listed so far, each chat's pages one after
 * another. What the engine does beyond this (budget, store, search index) is its overhead.
 */
final class ConcurrentPlainRead {

    /** Put once per reader after the last chat, so that each reader ends. */
    private static final long NO_MORE_CHATS = -1;

    /** What a read took: wall seconds and the messages read. */
    record Outcome(double seconds, long messages) {
    }

    private ConcurrentPlainRead() {
    }

    static Outcome run(ChatsApi client, int readers) throws Exception {
        BlockingQueue<Long> listed = new LinkedBlockingQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(readers + 1);
        try {
            long start = System.nanoTime();
            Future<?> list = threads.submit(() -> {
                try {
                    listAll(client, listed);
                } finally {
                    for (int i = 0; i < readers; i++) {
                        listed.add(NO_MORE_CHATS);
                    }
                }
                return null;
            });
            List<Future<Long>> reads = new ArrayList<>(readers);
            for (int i = 0; i < readers; i++) {
                reads.add(threads.submit(() -> readHistories(client, listed)));
            }
            list.get();
            long messages = 0;
            for (Future<Long> read : reads) {
                messages += read.get();
            }
            return new Outcome((System.nanoTime() - start) / 1e9, messages);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void listAll(ChatsApi client, BlockingQueue<Long> listed) {
        String token = null;
        do {
            ChatsPage page = client.getChats(GetChatsRequest.ALL, token, ApiLimits.MAX_CHATS_PAGE_LIMIT);
            for (ChatInfo chat : page.chats()) {
                listed.add(chat.chatId());
            }
            token = page.paging().hasNext() ? page.paging().nextPageToken() : null;
        } while (token != null);
    }

    private static long readHistories(ChatsApi client, BlockingQueue<Long> listed) throws InterruptedException {
        long messages = 0;
        for (long chatId = listed.take(); chatId != NO_MORE_CHATS; chatId = listed.take()) {
            messages += client.getAllHistory(chatId, null).size();
        }
        return messages;
    }
}
