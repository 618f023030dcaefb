package com.marketchats.service.budget;

/**
 * Who is asking, in the order the budget serves them: a waiting request of a higher priority gets the
 * next permit before any waiting request of a lower one.
 */
public enum Priority {
    /** sendMessageToChat, sendFileToChat (and createChat, which a send needs): what the seller wrote. */
    SEND,
    /** The chat the seller has open, a refresh the seller asked for. */
    FOREGROUND,
    /**
     * Polling and bulk sync. Never uses the last reserve of a method's window and never takes the last
     * request slot while a higher-priority request waits.
     */
    BACKGROUND;

    /** True when this priority is served before {@code other}. */
    public boolean isAbove(Priority other) {
        return ordinal() < other.ordinal();
    }
}
