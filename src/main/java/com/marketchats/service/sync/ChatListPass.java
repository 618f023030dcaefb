package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiLimits;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.service.budget.Priority;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * One pass over the chat list (all of it, or the statuses a buyer's message lands in), page by page of
 * 20 until {@code nextPageToken} is absent, each page written as it arrives. It never stops early on an
 * order it assumes. A pass that fails keeps its place and resumes there when run again. Run by one
 * thread at a time; the engine reads its results after the run (the hand-over orders the memory).
 */
final class ChatListPass {

    /** What a pass is for. */
    enum Kind {
        /** The first read of an account's chat list. */
        FIRST,
        /** A later full read, for what the hot pass cannot see. */
        SWEEP,
        /** The statuses a buyer's new message moves a chat to. */
        HOT
    }

    /** A buyer's message moves a chat to WAITING_FOR_PARTNER; a chat nobody answered yet is NEW. */
    static final GetChatsRequest HOT_FILTER =
            GetChatsRequest.withStatuses(List.of(ChatStatus.NEW, ChatStatus.WAITING_FOR_PARTNER));

    private final Kind kind;
    private final Priority priority;
    private final GetChatsRequest filter;
    private final Set<String> tokensSeen = new HashSet<>();
    private final Set<Long> listed = new HashSet<>();
    /** Chats listed with a status the hot filter selects, for sizing hot passes after a full one. */
    private final Set<Long> hot = new HashSet<>();
    private String token;
    private int pages;
    private boolean done;
    private volatile int listedCount;

    private ChatListPass(Kind kind, Priority priority, GetChatsRequest filter) {
        this.kind = kind;
        this.priority = priority;
        this.filter = filter;
    }

    static ChatListPass first() {
        return new ChatListPass(Kind.FIRST, Priority.BACKGROUND, GetChatsRequest.ALL);
    }

    static ChatListPass sweep() {
        return new ChatListPass(Kind.SWEEP, Priority.BACKGROUND, GetChatsRequest.ALL);
    }

    static ChatListPass hot(Priority priority) {
        return new ChatListPass(Kind.HOT, priority, HOT_FILTER);
    }

    /**
     * Reads the pages from where the last run stopped to the last one. Each page is written in the
     * background while the next is read ({@link PageWrites}); the run returns once all are written.
     *
     * @param writers runs the page writes; it must start each task at once (the engine's workers)
     * @param onPage  told after each write of pages
     * @throws ApiException          when a page fails; the pass keeps its place
     * @throws CancellationException when {@code cancelled} says so between pages
     * @throws RuntimeException      when a write fails; the pass starts over from its first page next time
     */
    void run(ChatsApi api, ChatPageWriter writer, Executor writers, BooleanSupplier cancelled, Runnable onPage) {
        PageWrites writes = new PageWrites(writer, writers, kind != Kind.FIRST, onPage);
        RuntimeException failed = null;
        try {
            readPages(api, writes, cancelled);
        } catch (RuntimeException e) {
            failed = e;
        }
        try {
            writes.awaitAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            restart();
            throw new CancellationException("sync stopped");
        } catch (RuntimeException e) {
            // Pages read after the failed write were never written: reading them all again loses none.
            restart();
            if (failed != null) {
                e.addSuppressed(failed);
            }
            throw e;
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void readPages(ChatsApi api, PageWrites writes, BooleanSupplier cancelled) {
        while (!done) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sync stopped");
            }
            ChatsPage page = api.getChats(filter, token, ApiLimits.MAX_CHATS_PAGE_LIMIT);
            for (ChatInfo chat : page.chats()) {
                listed.add(chat.chatId());
                if (HOT_FILTER.statuses().contains(chat.status())) {
                    hot.add(chat.chatId());
                } else {
                    hot.remove(chat.chatId());
                }
            }
            listedCount = listed.size();
            pages++;
            // After the count, which a write's report reads (at once, should the writes run on this thread).
            writes.add(page.chats());
            if (page.paging().hasNext()) {
                String next = page.paging().nextPageToken();
                if (!tokensSeen.add(next)) {
                    throw ApiException.unexpected(ApiOperation.GET_CHATS,
                            "the server repeated a page token after " + pages + " pages");
                }
                token = next;
            } else {
                done = true;
            }
        }
    }

    /** getChats pages of 20 for this many chats, at least one. */
    static int pagesFor(int chats) {
        return Math.max(1, (chats + ApiLimits.MAX_CHATS_PAGE_LIMIT - 1) / ApiLimits.MAX_CHATS_PAGE_LIMIT);
    }

    /** Starts over from the first page, e.g. after the server refused the pass's page token. */
    void restart() {
        token = null;
        tokensSeen.clear();
        pages = 0;
        done = false;
    }

    Kind kind() {
        return kind;
    }

    Priority priority() {
        return priority;
    }

    boolean done() {
        return done;
    }

    /** Pages read since the pass (re)started. */
    int pages() {
        return pages;
    }

    /** Chats listed so far; safe to read from any thread. */
    int listedCount() {
        return listedCount;
    }

    /** Chats listed with a status of the hot filter; read after the run. */
    int hotCount() {
        return hot.size();
    }

    /** The ids of every chat listed; read after the run. */
    Set<Long> listed() {
        return listed;
    }
}
