package com.marketchats.api.dto;

/** What a chat is about, as returned (spec: ChatFullContextDTO). Ids are absent for DIRECT chats. */
public record ChatFullContext(
        ChatContextType type,
        ChatCustomer customer,
        Long campaignId,
        Long orderId,
        Long returnId) {
}
