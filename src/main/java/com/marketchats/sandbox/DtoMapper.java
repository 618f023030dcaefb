package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Turns the sandbox's records into the api DTOs the answers are made of. Times are written in
 * Moscow time (+03:00), as the spec's examples are; attachment URLs point at this server.
 */
final class DtoMapper {

    static final String FILES_PATH = "/sandbox/files/";
    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

    private final String baseUrl;

    DtoMapper(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Fills the deprecated top-level {@code orderId} too, as the API still sends it. */
    ChatInfo chatInfo(SandboxChat chat) {
        return new ChatInfo(chat.chatId(), chat.context().orderId(), chat.context(), chat.typeName(), chat.statusName(),
                time(chat.createdAt()), time(chat.updatedAt()));
    }

    ChatMessage message(SandboxMessage message) {
        return new ChatMessage(message.messageId(), time(message.createdAt()), message.senderName(), message.text(),
                message.attachments().stream()
                        .map(a -> new ChatAttachment(a.name(), fileUrl(a), a.size()))
                        .toList());
    }

    String fileUrl(SandboxAttachment attachment) {
        return baseUrl + FILES_PATH + attachment.fileId() + "/"
                + URLEncoder.encode(attachment.name(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(MOSCOW);
    }
}
