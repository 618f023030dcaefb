package com.marketchats.service.outbox;

/** What {@link Outbox#cancel(long)} did. */
public enum CancelOutcome {
    /** The item was QUEUED or FAILED and is CANCELLED now; nothing of it reached the buyer. */
    CANCELLED,
    /**
     * The file is being uploaded: the upload is being aborted. The item ends CANCELLED if the server did
     * not get it, or SENT if it did (an OutboxChanged event tells which).
     */
    CANCELLING,
    /** Too late or nothing to cancel: a text being sent, an item SENT or CANCELLED already, or no such item. */
    NOT_CANCELLABLE
}
