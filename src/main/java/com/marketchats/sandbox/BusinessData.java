package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatCustomer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One cabinet's chats and the orders and returns a chat may be opened for; guarded by the state's lock. */
final class BusinessData {

    record KnownOrder(long orderId, long campaignId, ChatCustomer customer) {
    }

    record KnownReturn(long returnId, long orderId, long campaignId, ChatCustomer customer) {
    }

    final long businessId;
    final Map<Long, ChatRow> chats = new LinkedHashMap<>();
    final Map<Long, KnownOrder> orders = new HashMap<>();
    final Map<Long, KnownReturn> returns = new HashMap<>();

    BusinessData(long businessId) {
        this.businessId = businessId;
    }
}
