package com.marketchats.api.dto;

/**
 * Body of createChat (spec: CreateChatRequest).
 *
 * @param orderId deprecated by the spec; the client always sends {@code context}
 */
public record CreateChatRequest(@Deprecated Long orderId, ChatContext context) {

    public static CreateChatRequest of(ChatContext context) {
        return new CreateChatRequest(null, context);
    }
}
