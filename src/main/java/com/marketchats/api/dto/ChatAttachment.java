package com.marketchats.api.dto;

/** A file attached to a message (spec: ChatMessagePayloadDTO). */
public record ChatAttachment(String name, String url, int size) {
}
