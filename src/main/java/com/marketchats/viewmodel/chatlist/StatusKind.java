package com.marketchats.viewmodel.chatlist;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.store.ChatSummary;

/** What a chat's status chip says at a glance, so the view can colour it. */
public enum StatusKind {
    /** NEW or WAITING_FOR_PARTNER: the seller must answer. */
    NEEDS_REPLY,
    /** WAITING_FOR_CUSTOMER. */
    WAITING_FOR_BUYER,
    /** An arbitration (type ARBITRAGE) or a chat waiting for the arbiter or Market, not finished. */
    DISPUTE,
    /** FINISHED. */
    FINISHED,
    /** A status this client does not know. */
    OTHER;

    /**
     * The kind of a chat. A finished dispute is FINISHED (nothing left to watch); an open dispute is
     * DISPUTE even when it waits for the seller, because a dispute is what the seller must not miss.
     */
    public static StatusKind of(ChatSummary chat) {
        if (chat.status() == ChatStatus.FINISHED) {
            return FINISHED;
        }
        if (isDispute(chat)) {
            return DISPUTE;
        }
        if (chat.needsReply()) {
            return NEEDS_REPLY;
        }
        return chat.status() == ChatStatus.WAITING_FOR_CUSTOMER ? WAITING_FOR_BUYER : OTHER;
    }

    /** Whether a chat is in the Disputes tab: type ARBITRAGE, or waiting for the arbiter or Market. */
    public static boolean isDispute(ChatSummary chat) {
        return chat.type() == ChatType.ARBITRAGE
                || chat.status() == ChatStatus.WAITING_FOR_ARBITER
                || chat.status() == ChatStatus.WAITING_FOR_MARKET;
    }
}
