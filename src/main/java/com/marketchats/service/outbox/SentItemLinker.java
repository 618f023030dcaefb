package com.marketchats.service.outbox;

import com.marketchats.service.events.ChangeBatch;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Links SENT items to the server messages the sync engine brings: it watches the chats that have SENT
 * but unlinked items and, when their messages change, lets the {@link Reconciler} match them from the
 * store. The work runs on a thread of its own, never on the event delivery thread.
 */
final class SentItemLinker {

    private static final Logger LOG = LoggerFactory.getLogger(SentItemLinker.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final OutboxTable table;
    private final Reconciler reconciler;
    private final ChangeEvents events;
    private final Set<Long> watched = ConcurrentHashMap.newKeySet();
    private ExecutorService executor;
    private Runnable unsubscribe;

    SentItemLinker(OutboxTable table, Reconciler reconciler, ChangeEvents events) {
        this.table = table;
        this.reconciler = reconciler;
        this.events = events;
    }

    /** Watches the chats of SENT items left unlinked by earlier runs, then listens for new messages. */
    synchronized void start() {
        executor = Executors.newSingleThreadExecutor(OutboxSender.daemonThreads("outbox-linker"));
        for (OutboxItem item : table.sentUnlinked()) {
            watched.add(item.chatId());
        }
        unsubscribe = events.subscribe(this::onChanges);
        // History stored while the app was closed may hold their messages already.
        watched.forEach(this::schedule);
    }

    synchronized void stop() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            // A link under way ends before the cabinet closes its change events, which it may still publish to.
            try {
                if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Linking sent messages did not stop within {}", STOP_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    /** An item of this chat is SENT and not linked yet. */
    void watch(long chatId) {
        watched.add(chatId);
    }

    private void onChanges(ChangeBatch batch) {
        for (Long chatId : batch.messagesChanged()) {
            if (watched.contains(chatId)) {
                schedule(chatId);
            }
        }
    }

    private synchronized void schedule(long chatId) {
        if (executor == null) {
            return;
        }
        try {
            executor.execute(() -> link(chatId));
        } catch (RejectedExecutionException e) {
            // Stopping.
        }
    }

    private void link(long chatId) {
        try {
            if (reconciler.linkSent(chatId) == 0) {
                watched.remove(chatId);
                // An item may have become SENT between the count and the removal.
                if (table.unconfirmedForChat(chatId).stream().anyMatch(OutboxSender::sentUnlinked)) {
                    watched.add(chatId);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not link the sent items of chat {} to their messages", chatId, e);
        }
    }
}
