package com.marketchats.service.outbox;

import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.NewOutboxItem;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxKind;
import com.marketchats.store.OutboxState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the UI calls to send: every item is written to the store before any HTTP call, and the
 * {@link OutboxSender} takes it from there. Each change publishes {@code OutboxChanged(chatId)}.
 * <p>
 * Every method blocks on disk (and {@link #sendFile} copies up to 5 MB): call them off the FX thread.
 * A fingerprint makes Send idempotent: the UI makes one per compose action (when the seller pressed
 * Send), so a double click or a repeated handler stores one item; the methods without one make a fresh
 * UUID.
 */
public final class Outbox {

    private final ChatStore store;
    private final ChangeEvents events;
    private final OutboxSender sender;
    private final FileCopies copies;

    public Outbox(ChatStore store, ChangeEvents events, OutboxSender sender) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.copies = sender.copies();
    }

    /** Queues a text; see {@link #sendText(long, String, String)}. */
    public OutboxItem sendText(long chatId, String text) {
        return sendText(chatId, text, UUID.randomUUID().toString());
    }

    /**
     * Queues a text of 1–4,096 characters (code points), not only whitespace, sent as written.
     *
     * @return the stored item (QUEUED), or the item stored earlier with the same fingerprint
     * @throws OutboxInputException EMPTY or TOO_LONG (or CHAT_ID_INVALID); nothing is stored
     */
    public OutboxItem sendText(long chatId, String text, String fingerprint) {
        ComposeChecks.chatId(chatId);
        ComposeChecks.text(text);
        OutboxItem item = store.outbox().enqueue(NewOutboxItem.text(chatId, text, fingerprint));
        queued(item);
        return item;
    }

    /** Queues a file; see {@link #sendFile(long, Path, String)}. */
    public OutboxItem sendFile(long chatId, Path file) {
        return sendFile(chatId, file, UUID.randomUUID().toString());
    }

    /**
     * Checks the file (exists, a regular file, readable, not empty, at most 5 MB) and copies it into the
     * app's data folder before queueing, keeping its name and content type: the original may move or
     * vanish afterwards. The copy is deleted once the item is SENT and linked, or CANCELLED.
     *
     * @throws OutboxInputException FILE_MISSING, NOT_A_FILE, FILE_UNREADABLE, FILE_EMPTY, FILE_TOO_LARGE
     *                              or COPY_FAILED (or CHAT_ID_INVALID); nothing is stored
     */
    public OutboxItem sendFile(long chatId, Path file, String fingerprint) {
        ComposeChecks.chatId(chatId);
        FileCopies.CopiedFile copy = copies.copy(file);
        OutboxItem item;
        try {
            item = store.outbox().enqueue(NewOutboxItem.file(chatId, copy.path(), copy.fileName(), copy.size(),
                    copy.contentType(), fingerprint));
        } catch (RuntimeException e) {
            copies.delete(copy.path());
            throw e;
        }
        if (!copy.path().equals(item.filePath())) {
            // The same compose action came twice: the item stored first keeps its own copy.
            copies.delete(copy.path());
        }
        queued(item);
        return item;
    }

    /** FAILED → QUEUED, due at once. False when the item is not FAILED. */
    public boolean retry(long itemId) {
        Optional<OutboxItem> item = store.outbox().find(itemId);
        if (item.isEmpty() || !store.outbox().requeue(itemId)) {
            return false;
        }
        queued(item.get());
        return true;
    }

    /**
     * Cancels a QUEUED or FAILED item at once. A FILE being uploaded has its upload aborted and ends
     * CANCELLED if the server did not get it, or SENT if it did. A text being sent cannot be called back.
     */
    public CancelOutcome cancel(long itemId) {
        Optional<OutboxItem> found = store.outbox().find(itemId);
        if (found.isEmpty()) {
            return CancelOutcome.NOT_CANCELLABLE;
        }
        OutboxItem item = found.get();
        if (store.outbox().cancel(itemId)) {
            cancelled(item);
            return CancelOutcome.CANCELLED;
        }
        OutboxItem now = store.outbox().find(itemId).orElse(item);
        if (now.state() != OutboxState.SENDING || now.kind() != OutboxKind.FILE) {
            return CancelOutcome.NOT_CANCELLABLE;
        }
        sender.requestCancel(itemId);
        // The attempt may have ended (QUEUED for a retry) just before the request: cancel that directly.
        if (store.outbox().cancel(itemId)) {
            cancelled(item);
            return CancelOutcome.CANCELLED;
        }
        return CancelOutcome.CANCELLING;
    }

    /**
     * What the conversation shows of a chat's outbox, in the order the seller wrote it: QUEUED, SENDING
     * (with upload progress), FAILED, and SENT items whose server message has not been linked yet (once
     * linked, the conversation shows the server's message instead).
     */
    public List<OutboxEntry> items(long chatId) {
        List<OutboxItem> items = store.outbox().unconfirmedForChat(chatId);
        List<OutboxEntry> entries = new ArrayList<>(items.size());
        boolean failedBefore = false;
        for (OutboxItem item : items) {
            boolean held = failedBefore && item.state() == OutboxState.QUEUED;
            boolean stillTrying = item.state() == OutboxState.QUEUED
                    && item.attempts() >= sender.settings().stillTryingAfter()
                    && FailureCode.of(item.lastErrorKind()).map(FailureCode::retried).orElse(false);
            entries.add(new OutboxEntry(item, progress(item.id()), held, stillTrying));
            failedBefore |= item.state() == OutboxState.FAILED;
        }
        return entries;
    }

    /** The upload progress of a FILE item being sent; empty otherwise. */
    public Optional<UploadProgress> progress(long itemId) {
        return sender.progress().get(itemId);
    }

    private void queued(OutboxItem item) {
        announce(item.chatId());
        sender.wake();
    }

    private void cancelled(OutboxItem item) {
        copies.delete(item);
        announce(item.chatId());
        sender.wake();
    }

    private void announce(long chatId) {
        events.publish(new ChangeEvent.OutboxChanged(Set.of(chatId)));
    }
}
