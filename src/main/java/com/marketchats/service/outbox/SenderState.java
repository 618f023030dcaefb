package com.marketchats.service.outbox;

/** What the {@link OutboxSender} is doing as a whole. */
public enum SenderState {
    /** Not started, or stopped. Items wait in the store. */
    STOPPED,
    /** Sending what is due. */
    RUNNING,
    /**
     * The API refused the token (401): nothing is sent until {@link OutboxSender#credentialsChanged()};
     * the UI should ask the seller to check the API key. The items that met the 401 are FAILED with
     * {@link FailureCode#UNAUTHORIZED} and go again by themselves once the credentials change.
     */
    PAUSED_UNAUTHORIZED
}
