package com.marketchats.sandbox;

/** What a sandbox starts with: fills the state for one business, which is already added. */
@FunctionalInterface
public interface Dataset {

    /** No chats at all; tests build what they need. */
    Dataset EMPTY = (state, businessId) -> { };

    void populate(SandboxState state, long businessId);
}
