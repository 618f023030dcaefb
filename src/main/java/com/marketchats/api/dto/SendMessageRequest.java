package com.marketchats.api.dto;

/** Body of sendMessageToChat (spec: SendMessageToChatRequest). */
public record SendMessageRequest(String message) {
}
