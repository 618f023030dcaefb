package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;

/**
 * How a new message moves a chat's status. The spec names the statuses but not the transitions; the
 * sandbox follows what the names say:
 * <ul>
 *   <li>a seller's message means the buyer is to answer ({@code WAITING_FOR_CUSTOMER}), a buyer's
 *       message means the seller is ({@code WAITING_FOR_PARTNER});</li>
 *   <li>a dispute waiting for the arbiter or for Market stays so: messages there are evidence, the
 *       decision is not the buyer's or the seller's;</li>
 *   <li>a finished dispute stays finished; a finished ordinary chat is reopened by a new message,
 *       as a messenger would.</li>
 * </ul>
 */
final class ChatStatusRules {

    private ChatStatusRules() {
    }

    static ChatStatus afterPartnerMessage(ChatType type, ChatStatus current) {
        return keepsStatus(type, current) ? current : ChatStatus.WAITING_FOR_CUSTOMER;
    }

    static ChatStatus afterCustomerMessage(ChatType type, ChatStatus current) {
        return keepsStatus(type, current) ? current : ChatStatus.WAITING_FOR_PARTNER;
    }

    private static boolean keepsStatus(ChatType type, ChatStatus current) {
        return current == ChatStatus.WAITING_FOR_ARBITER
                || current == ChatStatus.WAITING_FOR_MARKET
                || (current == ChatStatus.FINISHED && type == ChatType.ARBITRAGE);
    }
}
