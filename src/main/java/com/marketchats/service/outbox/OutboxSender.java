package com.marketchats.service.outbox;

import com.marketchats.api.ChatsApi;
import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.AccountFiles;
import com.marketchats.store.ChatStore;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The outbox's background worker. A {@link Dispatcher} finds the items due ({@link QueueScan}: per chat
 * the oldest first, a FAILED item holding its chat) and hands each to a pool of workers, one item per
 * chat at a time, different chats in parallel; each {@link SendAttempt} takes its item from QUEUED to
 * SENT, QUEUED-for-later, FAILED or CANCELLED. Give it a {@code BudgetedChatsApi}, so that sends wait
 * for the request budget instead of meeting a 420.
 * <p>
 * It sleeps until the next item is due and wakes at once on {@link #wake()} (an enqueue, a retry),
 * {@link #networkRestored()} (also when a ConnectivityChanged ONLINE event is published) and
 * {@link #credentialsChanged()}. Items left SENDING by a crash are queued again at start and reconciled
 * with their chat's history before they go again. Thread-safe.
 */
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final ChatStore store;
    private final ChangeEvents events;
    private final OutboxSettings settings;
    private final FileCopies copies;
    private final UploadProgressBoard progress;
    private final InFlightUploads inFlight = new InFlightUploads();
    private final SentItemLinker linker;
    private final Dispatcher dispatcher;
    private final AtomicReference<SenderState> state = new AtomicReference<>(SenderState.STOPPED);
    private final List<Consumer<SenderState>> stateListeners = new CopyOnWriteArrayList<>();
    private final Set<Long> failedUnauthorized = ConcurrentHashMap.newKeySet();
    /** Items to look for in their chat's history before their next attempt, whatever their attempt count. */
    private final Set<Long> checkFirst = ConcurrentHashMap.newKeySet();
    private Runnable unsubscribe;

    /**
     * @param files where the outbox keeps its copies of attached files
     * @param api   the client to send with, best a {@code BudgetedChatsApi} reading at FOREGROUND priority
     *              (reconciliation reads history while a send waits for it)
     */
    public OutboxSender(ChatStore store, AccountFiles files, ChatsApi api, ChangeEvents events,
                        OutboxSettings settings) {
        this.store = store;
        this.events = events;
        this.settings = settings;
        this.copies = new FileCopies(files);
        this.progress = new UploadProgressBoard(settings.clock(), settings.progressInterval(), this::announce);
        Reconciler reconciler = new Reconciler(store, api, events, copies, settings.clockSkewMargin());
        this.linker = new SentItemLinker(store.outbox(), reconciler, events);
        SendAttempt attempt = new SendAttempt(store, api, reconciler, copies, progress, inFlight, settings, events,
                new AttemptHooks());
        this.dispatcher = new Dispatcher(new QueueScan(store.outbox()), attempt, settings, this::requeueInterrupted,
                () -> state.get() == SenderState.RUNNING);
    }

    /** Queues again what a crash left SENDING, then starts sending. */
    public void start() {
        start(false);
    }

    /**
     * As {@link #start()}; with {@code afterUncleanExit}, every pending item is first looked for in its
     * chat's history, also one the store holds as never tried: after a crash the store may have lost its
     * last commits (a deleted WAL, a restored backup), so its word on what went out is not trusted.
     */
    public synchronized void start(boolean afterUncleanExit) {
        if (state.get() != SenderState.STOPPED) {
            return;
        }
        for (OutboxItem item : store.outbox().pending()) {
            if (afterUncleanExit) {
                checkFirst.add(item.id());
            }
            if (item.state() == OutboxState.SENDING) {
                requeueInterrupted(item);
            }
        }
        linker.start();
        unsubscribe = events.subscribe(batch -> {
            if (batch.connectivity() == ChangeEvent.Connectivity.ONLINE) {
                networkRestored();
            }
        });
        setState(SenderState.RUNNING);
        dispatcher.start();
    }

    /**
     * Stops sending: nothing new starts, sends in flight get {@code stopGrace} to finish, then are
     * interrupted (an interrupted send is queued again and reconciled at the next start).
     */
    public synchronized void stop() {
        if (state.get() == SenderState.STOPPED) {
            return;
        }
        setState(SenderState.STOPPED);
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        linker.stop();
        try {
            dispatcher.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Looks at the queue now: something was enqueued or retried. */
    public void wake() {
        dispatcher.wake();
    }

    /**
     * The network is back: items waiting after a network failure or a 5xx go now instead of at the end of
     * their backoff (an uncertain one still after its settle delay).
     */
    public void networkRestored() {
        Instant now = settings.clock().instant();
        Map<Long, Instant> dueAt = new HashMap<>();
        for (OutboxItem item : store.outbox().pending()) {
            Instant due = QueueScan.dueWhenNetworkIsBack(item, now, settings.settleDelay());
            if (due != null) {
                dueAt.put(item.id(), due);
            }
        }
        dispatcher.expedite(dueAt);
    }

    /**
     * The seller entered new credentials (or the app built a client with them): a sender paused by a 401
     * runs again, and the items that met the 401 are queued again.
     */
    public void credentialsChanged() {
        for (Long id : List.copyOf(failedUnauthorized)) {
            failedUnauthorized.remove(id);
            Optional<OutboxItem> item = store.outbox().find(id);
            if (item.isPresent() && store.outbox().requeue(id)) {
                announce(item.get().chatId());
            }
        }
        if (state.compareAndSet(SenderState.PAUSED_UNAUTHORIZED, SenderState.RUNNING)) {
            notifyState();
        }
        wake();
    }

    public SenderState state() {
        return state.get();
    }

    /** Told every state change, on the thread that made it; answers a handle that removes the listener. */
    public Runnable addStateListener(Consumer<SenderState> listener) {
        stateListeners.add(listener);
        return () -> stateListeners.remove(listener);
    }

    public OutboxSettings settings() {
        return settings;
    }

    UploadProgressBoard progress() {
        return progress;
    }

    FileCopies copies() {
        return copies;
    }

    /** Aborts the upload of a FILE item being sent; see {@link Outbox#cancel}. */
    void requestCancel(long itemId) {
        inFlight.requestCancel(itemId);
        wake();
    }

    /** A send that was under way when the app stopped: reconciled before it goes again, after the settle delay. */
    private void requeueInterrupted(OutboxItem item) {
        Instant at = settings.clock().instant().plus(settings.settleDelay());
        if (store.outbox().retryLater(item.id(), FailureCode.INTERRUPTED.name(),
                "the app stopped while this was being sent; the chat is checked before it goes again", at)) {
            announce(item.chatId());
        }
    }

    private void announce(long chatId) {
        events.publish(new ChangeEvent.OutboxChanged(Set.of(chatId)));
    }

    private void setState(SenderState next) {
        state.set(next);
        notifyState();
    }

    private void notifyState() {
        SenderState now = state.get();
        for (Consumer<SenderState> listener : stateListeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("A sender state listener failed", e);
            }
        }
    }

    static boolean sentUnlinked(OutboxItem item) {
        return item.state() == OutboxState.SENT && item.serverMessageId() == null;
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class AttemptHooks implements SendAttempt.Hooks {
        @Override
        public void unauthorized(OutboxItem item) {
            failedUnauthorized.add(item.id());
            if (state.compareAndSet(SenderState.RUNNING, SenderState.PAUSED_UNAUTHORIZED)) {
                LOG.warn("The API refused the token; the outbox pauses until the credentials change");
                notifyState();
            }
        }

        @Override
        public void sentUnlinked(OutboxItem item) {
            linker.watch(item.chatId());
        }

        @Override
        public boolean reconcileFirst(OutboxItem item) {
            return checkFirst.remove(item.id());
        }

        @Override
        public boolean stopping() {
            return dispatcher.stopping();
        }
    }
}
