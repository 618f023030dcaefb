package com.marketchats.api.dto;

import java.util.List;

/**
 * One page of getChatHistory (spec: ChatMessagesResultDTO).
 *
 * @param orderId deprecated by the spec in favour of {@code context.orderId}
 */
public record ChatHistoryPage(
        @Deprecated Long orderId,
        ChatFullContext context,
        List<ChatMessage> messages,
        Paging paging) {

    public ChatHistoryPage {
        messages = messages == null ? List.of() : List.copyOf(messages);
        paging = paging == null ? Paging.LAST : paging;
    }
}
