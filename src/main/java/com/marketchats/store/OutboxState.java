package com.marketchats.store;

/**
 * Where an outbox item is on its way to the server.
 * <pre>
 * QUEUED ──markSending──▶ SENDING ──markSent──▶ SENT (──linkServerMessage: messageId known)
 *   ▲  │                   │  │
 *   │  │                   │  └──markFailed──▶ FAILED ──requeue──▶ QUEUED
 *   │  │                   └──retryLater──▶ QUEUED
 *   │  └──cancel──▶ CANCELLED ◀──cancel── FAILED
 * </pre>
 * An item left SENDING by a crash stays SENDING: its outcome is uncertain and must be reconciled
 * against the chat's history before it is sent again.
 */
public enum OutboxState {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    CANCELLED
}
