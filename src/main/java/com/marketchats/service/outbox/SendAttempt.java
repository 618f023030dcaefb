package com.marketchats.service.outbox;

import com.marketchats.api.ApiException;
import com.marketchats.api.ChatsApi;
import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.service.outbox.FailureClassifier.Verdict;
import com.marketchats.store.ChatStore;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxKind;
import com.marketchats.store.OutboxTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Set;

/**
 * One attempt to send one item, from QUEUED to wherever it ends: SENT, QUEUED again for later, FAILED
 * or CANCELLED. An item that was attempted before is first looked for in the chat's history (an earlier
 * attempt may have arrived although its answer was lost), so it is never sent twice.
 */
final class SendAttempt {

    /** What the attempt tells the sender. */
    interface Hooks {
        /** The API refused the token; the item is FAILED already. */
        void unauthorized(OutboxItem item);

        /** The item is SENT but not linked to its server message yet. */
        void sentUnlinked(OutboxItem item);

        /** True when the item must be looked for in its chat's history before it goes, tried before or not. */
        boolean reconcileFirst(OutboxItem item);

        /** True while the sender is stopping: no reconciliation is started then. */
        boolean stopping();
    }

    private static final Logger LOG = LoggerFactory.getLogger(SendAttempt.class);

    private final ChatStore store;
    private final ChatsApi api;
    private final Reconciler reconciler;
    private final FileCopies copies;
    private final UploadProgressBoard progress;
    private final InFlightUploads inFlight;
    private final FailureClassifier classifier;
    private final OutboxSettings settings;
    private final ChangeEvents events;
    private final Hooks hooks;

    SendAttempt(ChatStore store, ChatsApi api, Reconciler reconciler, FileCopies copies,
                UploadProgressBoard progress, InFlightUploads inFlight, OutboxSettings settings,
                ChangeEvents events, Hooks hooks) {
        this.store = store;
        this.api = api;
        this.reconciler = reconciler;
        this.copies = copies;
        this.progress = progress;
        this.inFlight = inFlight;
        this.classifier = new FailureClassifier(settings);
        this.settings = settings;
        this.events = events;
        this.hooks = hooks;
    }

    /** Sends {@code queued} if it is still QUEUED; a no-op when someone else took or cancelled it. */
    void run(OutboxItem queued) {
        OutboxTable table = store.outbox();
        if (!table.markSending(queued.id())) {
            return;
        }
        announce(queued.chatId());
        OutboxItem item = table.find(queued.id()).orElse(queued);
        try {
            attempt(item, hooks.reconcileFirst(item) || queued.attempts() > 0);
        } catch (ApiException failure) {
            onFailure(item, failure);
        } catch (RuntimeException unexpected) {
            // A store write failed, or a bug: keep the item, retry it later (after reconciling).
            LOG.error("Sending outbox item {} failed unexpectedly; it will be tried again", item.id(), unexpected);
            retryLater(item, FailureCode.LOCAL_ERROR, unexpected.toString(), backoffAt(item));
        } finally {
            progress.clear(item.id());
            inFlight.finished(item.id());
        }
    }

    private void attempt(OutboxItem item, boolean triedBefore) {
        if (triedBefore && reconciler.reconcile(item)) {
            return;
        }
        if (inFlight.cancelRequested(item.id())) {
            cancel(item);
            return;
        }
        if (item.kind() == OutboxKind.FILE && !copies.exists(item)) {
            fail(item, FailureCode.FILE_LOST, fileLost(item));
            return;
        }
        try {
            inFlight.upload(item.id(), () -> send(item));
        } finally {
            // Before the state change is announced, so the UI never keeps a stale bar.
            progress.clear(item.id());
        }
        store.outbox().markSent(item.id(), null);
        announce(item.chatId());
        hooks.sentUnlinked(item);
    }

    private void send(OutboxItem item) {
        if (item.kind() == OutboxKind.TEXT) {
            api.sendMessage(item.chatId(), item.text());
        } else {
            api.sendFile(item.chatId(), item.filePath(), progress.listenerFor(item.id(), item.chatId()));
        }
    }

    private void onFailure(OutboxItem item, ApiException failure) {
        if (inFlight.cancelRequested(item.id())) {
            // The seller aborted the upload. If it may have arrived all the same, the history decides.
            if (!(failure.outcomeUncertain() && foundQuietly(item))) {
                cancel(item);
            }
            return;
        }
        if (failure.outcomeUncertain() && hooks.stopping()) {
            retryLater(item, FailureCode.INTERRUPTED, FailureClassifier.message(failure),
                    settings.clock().instant().plus(settings.settleDelay()));
            return;
        }
        Verdict verdict = classifier.classify(failure, item.attempts());
        if (verdict.code() == FailureCode.INVALID_INPUT && item.kind() == OutboxKind.FILE
                && failure.inputProblem() == ApiException.InputProblem.FILE_MISSING) {
            fail(item, FailureCode.FILE_LOST, fileLost(item));
            return;
        }
        switch (verdict.action()) {
            case FAIL -> fail(item, verdict.code(), verdict.message());
            case PAUSE -> {
                fail(item, verdict.code(), verdict.message());
                hooks.unauthorized(item);
            }
            case RETRY -> retryLater(item, verdict.code(), verdict.message(), verdict.retryAt());
            case RECONCILE -> {
                if (!foundQuietly(item)) {
                    retryLater(item, verdict.code(), verdict.message(), verdict.retryAt());
                }
            }
        }
    }

    /** Reconciles now; a history that cannot be read counts as "not found" (it is checked again later). */
    private boolean foundQuietly(OutboxItem item) {
        try {
            return reconciler.reconcile(item);
        } catch (ApiException e) {
            LOG.debug("Could not read the history of chat {} to reconcile item {}: {}", item.chatId(), item.id(),
                    e.getMessage());
            return false;
        }
    }

    private void fail(OutboxItem item, FailureCode code, String message) {
        store.outbox().markFailed(item.id(), code.name(), message);
        announce(item.chatId());
    }

    private void retryLater(OutboxItem item, FailureCode code, String message, Instant at) {
        store.outbox().retryLater(item.id(), code.name(), message, at);
        announce(item.chatId());
    }

    /** SENDING → CANCELLED goes through FAILED: the store cancels only what is not being sent. */
    private void cancel(OutboxItem item) {
        store.outbox().markFailed(item.id(), FailureCode.CANCELLED.name(), "cancelled by the seller");
        if (store.outbox().cancel(item.id())) {
            copies.delete(item);
        }
        announce(item.chatId());
    }

    private Instant backoffAt(OutboxItem item) {
        return settings.clock().instant().plus(settings.backoff().delay(Math.max(1, item.attempts())));
    }

    private static String fileLost(OutboxItem item) {
        return "the outbox's copy of " + item.fileName() + " is gone from the app's data folder; attach the file again";
    }

    private void announce(long chatId) {
        events.publish(new ChangeEvent.OutboxChanged(Set.of(chatId)));
    }
}
