package com.marketchats.api.dto;

/** Answer of createChat: the new or already existing chat (spec: CreateChatResultDTO). */
public record CreateChatResult(long chatId) {
}
