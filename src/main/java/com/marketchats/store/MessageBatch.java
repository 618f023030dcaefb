package com.marketchats.store;

import com.marketchats.api.dto.ChatMessage;

import java.util.List;

/** Messages of one chat as a history page gave them, to be written with others in one transaction. */
public record MessageBatch(long chatId, List<ChatMessage> messages) {

    public MessageBatch {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
