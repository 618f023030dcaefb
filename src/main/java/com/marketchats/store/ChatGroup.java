package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;

/**
 * The tabs of the chat list, each a set of chats by status or type. A chat can be in more than one
 * group: an ARBITRAGE chat waiting for the seller is both in NEEDS_REPLY and in DISPUTES.
 */
public enum ChatGroup {
    /** Status NEW or WAITING_FOR_PARTNER: the seller must answer. */
    NEEDS_REPLY("c.needs_reply = 1"),
    /** Status WAITING_FOR_CUSTOMER. */
    WAITING_FOR_BUYER("c.status = 'WAITING_FOR_CUSTOMER'"),
    /** Type ARBITRAGE, or status WAITING_FOR_ARBITER or WAITING_FOR_MARKET. */
    DISPUTES("(c.type = 'ARBITRAGE' OR c.status IN ('WAITING_FOR_ARBITER', 'WAITING_FOR_MARKET'))"),
    /** Status FINISHED. */
    FINISHED("c.status = 'FINISHED'"),
    /** Every chat. */
    ALL("1");

    private final String condition;

    ChatGroup(String condition) {
        this.condition = condition;
    }

    /** The SQL condition on table alias {@code c} (chats) that selects this group. */
    String condition() {
        return condition;
    }

    static boolean needsReply(ChatStatus status) {
        return status == ChatStatus.NEW || status == ChatStatus.WAITING_FOR_PARTNER;
    }
}
