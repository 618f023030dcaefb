package com.marketchats.store;

/** What an outbox item sends: a text message or a file. */
public enum OutboxKind {
    TEXT,
    FILE
}
