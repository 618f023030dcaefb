package com.marketchats.api.dto;

/** Body of getChatHistory (spec: GetChatHistoryRequest); {@code messageIdFrom} absent reads from the start. */
public record GetChatHistoryRequest(Long messageIdFrom) {

    public static final GetChatHistoryRequest FROM_START = new GetChatHistoryRequest(null);
}
