package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One cabinet's chats and the orders and returns a chat may be opened for; guarded by the state's lock. */
final class BusinessData {

    record KnownOrder(long orderId, long campaignId, ChatCustomer customer) {
    }

    record KnownReturn(long returnId, long orderId, long campaignId, ChatCustomer customer) {
    }

    final Map<Long, ChatRow> chats = new LinkedHashMap<>();
    final Map<Long, KnownOrder> orders = new HashMap<>();
    final Map<Long, KnownReturn> returns = new HashMap<>();

    /** The context a new chat about this order gets; null for an order the business does not have. */
    ChatFullContext orderContext(long orderId) {
        KnownOrder order = orders.get(orderId);
        return order == null ? null
                : new ChatFullContext(ChatContextType.ORDER, order.customer(), order.campaignId(), orderId, null);
    }

    /** The context a new chat about this return gets; null for a return the business does not have. */
    ChatFullContext returnContext(long returnId) {
        KnownReturn known = returns.get(returnId);
        return known == null ? null
                : new ChatFullContext(ChatContextType.RETURN, known.customer(), known.campaignId(), known.orderId(),
                        returnId);
    }
}
