package com.marketchats.service.outbox;

import java.util.Optional;

/**
 * Why the last attempt of an outbox item did not end SENT, as stored in
 * {@link com.marketchats.store.OutboxItem#lastErrorKind()}; the UI localises it and may show
 * {@code lastErrorMessage} (the API's own words) as detail.
 */
public enum FailureCode {
    /** Refused by the client's own checks before sending (e.g. the text became too long). FAILED. */
    INVALID_INPUT(false),
    /** The outbox's copy of the file vanished from the app's data folder. FAILED: attach it again. */
    FILE_LOST(false),
    /** 400: the API refused the message. FAILED. */
    BAD_REQUEST(false),
    /** 401: the token was refused. FAILED, and the sender pauses until the credentials change. */
    UNAUTHORIZED(false),
    /** 403: the token lacks the scope, or the cabinet is not active. FAILED. */
    FORBIDDEN(false),
    /** 404: no such chat (or cabinet). FAILED. */
    NOT_FOUND(false),
    /** 420: the API's limit; QUEUED until the window ends. */
    RATE_LIMITED(true),
    /** 5xx: QUEUED, retried with backoff. */
    SERVER_ERROR(true),
    /** No connection; nothing reached the server. QUEUED, retried with backoff and when the network is back. */
    NETWORK(true),
    /**
     * The request went out and no answer came back, and the chat's history did not show it yet. QUEUED;
     * the history is checked again before the next attempt.
     */
    UNCERTAIN(true),
    /** The app stopped or crashed while sending. QUEUED; the history is checked before it is sent again. */
    INTERRUPTED(true),
    /** The seller cancelled while it was being sent. */
    CANCELLED(false),
    /** Any other answer (an undocumented status). FAILED. */
    UNEXPECTED(false),
    /** Something failed on this machine (e.g. the store could not be written). QUEUED, retried with backoff. */
    LOCAL_ERROR(true);

    private final boolean retried;

    FailureCode(boolean retried) {
        this.retried = retried;
    }

    /** True when the sender retries by itself; false when the item waits for the seller (FAILED). */
    public boolean retried() {
        return retried;
    }

    /** The code stored in an item's {@code lastErrorKind}; empty for null or an unknown code. */
    public static Optional<FailureCode> of(String lastErrorKind) {
        if (lastErrorKind == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(lastErrorKind));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
