package com.marketchats.store;

/** How many chats each tab of the chat list holds (for the tabs' badges). */
public record GroupCounts(int needsReply, int waitingForBuyer, int disputes, int finished, int all) {

    public int get(ChatGroup group) {
        return switch (group) {
            case NEEDS_REPLY -> needsReply;
            case WAITING_FOR_BUYER -> waitingForBuyer;
            case DISPUTES -> disputes;
            case FINISHED -> finished;
            case ALL -> all;
        };
    }
}
