package com.marketchats.service.sync;

import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Keeps the local store of one business in step with the API, within the request budget.
 * <p>
 * <b>First sync</b> (an account whose chat list was never read): every page of getChats, each written as
 * it arrives; then every chat's history, chats that need a reply first, as the budget allows; the chat
 * the user has open is fetched at once, in the foreground. Histories fetched then are marked read as
 * {@link FirstSyncReadMarks} says.
 * <p>
 * <b>Later</b>: a hot poll of getChats filtered to NEW and WAITING_FOR_PARTNER (where a buyer's message
 * puts a chat), the open chat's history, and now and then a sweep over every chat, at the paces of the
 * {@link PollingPlan}: faster while the user is active, slower when idle or when the budget runs low.
 * Only chats whose {@code updatedAt} moved get their history fetched, from their last known message.
 * <p>
 * <b>Failures</b>: no answer or repeated 5xx make the engine OFFLINE; it tries again with growing,
 * jittered waits ({@link RetryPolicy}) and comes back ONLINE by itself. A 420 just waits in the budget.
 * A refused key (401, 403) stops polling until {@link #resume()}.
 * <p>
 * <b>Threads</b>: every method returns at once; decisions are made on the engine's one scheduler thread
 * and the work runs on its workers. Changes reach listeners as {@link ChangeEvents} (one ChatsChanged per
 * page, MessagesChanged per written batch, ConnectivityChanged) and as {@link SyncStatus} snapshots.
 */
public final class SyncEngine {

    private static final AtomicInteger ENGINES = new AtomicInteger();

    private final SyncScheduler scheduler;
    private final ThreadSyncScheduler ownScheduler;
    private final ExecutorService ownWorkers;
    private final StatusPublisher status;
    private final Coordinator coordinator;
    private final long businessId;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    SyncEngine(SyncEngineBuilder builder) {
        businessId = builder.api.businessId();
        String name = "sync-" + businessId + "-" + ENGINES.incrementAndGet();
        ownScheduler = builder.scheduler == null ? new ThreadSyncScheduler(name) : null;
        scheduler = ownScheduler != null ? ownScheduler : builder.scheduler;
        ownWorkers = builder.workers == null ? Executors.newCachedThreadPool(daemonThreads(name + "-io-")) : null;
        status = new StatusPublisher(builder.events,
                builder.statusDelivery != null ? builder.statusDelivery : scheduler::execute);
        SyncContext context = new SyncContext(builder.api, builder.store, builder.events, builder.plan, builder.retry,
                builder.clock, scheduler, ownWorkers != null ? ownWorkers : builder.workers, builder.random,
                builder.historyJobs, builder.historyChunk);
        coordinator = new Coordinator(context, status);
    }

    /** An engine for the business of {@code api}; the store and the events must be that business's too. */
    public static SyncEngineBuilder builder(BudgetedChatsApi api, ChatStore store, ChangeEvents events) {
        return new SyncEngineBuilder(api, store, events);
    }

    public long businessId() {
        return businessId;
    }

    /** Starts syncing: the first sync, or polling where the last run left off. An engine starts once. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a sync engine starts once; build a new one");
        }
        scheduler.execute(coordinator::start);
    }

    /**
     * Stops polling; requests under way are abandoned (its own worker threads are interrupted) and
     * nothing is written after the returned future completes, so the store may be closed then.
     */
    public CompletableFuture<Void> stop() {
        if (stopping.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                coordinator.stop();
                if (ownWorkers != null) {
                    ownWorkers.shutdownNow();
                }
            });
            coordinator.stopped().whenComplete((done, failure) -> {
                if (ownScheduler != null) {
                    ownScheduler.shutdown();
                }
            });
        }
        return coordinator.stopped();
    }

    /** The chat the user reads (null: none): its history is fetched now and then polled often. */
    public void setOpenChat(Long chatId) {
        scheduler.execute(() -> coordinator.setOpenChat(chatId));
    }

    /** Whether the app's window is active: polling is faster while it is. */
    public void setUserActive(boolean active) {
        scheduler.execute(() -> coordinator.setUserActive(active));
    }

    /** The user asked for a refresh: a hot poll and the open chat now, in the foreground; an offline engine tries now. */
    public void refreshNow() {
        scheduler.execute(coordinator::refreshNow);
    }

    /** After an auth problem: try again (the key's scopes were fixed, or the business is active again). */
    public void resume() {
        scheduler.execute(coordinator::resume);
    }

    public SyncStatus status() {
        return status.current();
    }

    /**
     * Calls {@code listener} with the newest status after changes, on the status delivery executor.
     *
     * @return removes the listener
     */
    public Runnable subscribe(Consumer<SyncStatus> listener) {
        return status.subscribe(listener);
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
