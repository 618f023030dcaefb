package com.marketchats.service.outbox;

import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;

import java.util.Optional;

/**
 * One outbox item as the conversation shows it.
 *
 * @param item             the stored item (state, attempts, last error…)
 * @param progress         the upload's progress while a file is being sent
 * @param heldByFailedItem true for a QUEUED item waiting behind a FAILED item of the same chat: it goes
 *                         once the seller retries or cancels that one
 * @param stillTrying      true for an item the sender keeps retrying after many attempts (the UI says
 *                         "still trying" with the last error)
 */
public record OutboxEntry(OutboxItem item, Optional<UploadProgress> progress, boolean heldByFailedItem,
                          boolean stillTrying) {

    public long id() {
        return item.id();
    }

    public OutboxState state() {
        return item.state();
    }

    /** The code of the last failure, when there was one and it is known. */
    public Optional<FailureCode> lastFailure() {
        return FailureCode.of(item.lastErrorKind());
    }
}
