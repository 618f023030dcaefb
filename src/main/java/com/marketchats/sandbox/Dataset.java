package com.marketchats.sandbox;

/** What a sandbox starts with: fills the state for one business, which is already added. */
@FunctionalInterface
public interface Dataset {

    /** No chats at all; tests build what they need. */
    Dataset EMPTY = (state, businessId) -> { };

    /**
     * 2^53 + 1, the first id a double cannot hold (it would read as 2^53). The datasets give part of their
     * chats and messages ids from here on (see {@link SandboxState#continueChatIdsFrom}), so that every run
     * checks that ids stay exact int64 from the API to the store and the screen.
     */
    long FIRST_ID_BEYOND_DOUBLE = 9_007_199_254_740_993L;

    void populate(SandboxState state, long businessId);
}
