package com.marketchats.api.dto;

/** An order or a return a chat belongs to, as sent in requests (spec: ChatContextDTO). */
public record ChatContext(ChatContextIdentifiableType type, long id) {

    public static ChatContext order(long orderId) {
        return new ChatContext(ChatContextIdentifiableType.ORDER, orderId);
    }

    public static ChatContext returnOf(long returnId) {
        return new ChatContext(ChatContextIdentifiableType.RETURN, returnId);
    }
}
