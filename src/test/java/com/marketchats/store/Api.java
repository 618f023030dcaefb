package com.marketchats.store;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;

import java.time.OffsetDateTime;
import java.util.List;

/** API-shaped test data: chats and messages as the client would hand them to the store. */
final class Api {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-07-01T10:00:00+03:00");

    private Api() {
    }

    /** Minute {@code minutes} after {@link #T0}. */
    static OffsetDateTime at(int minutes) {
        return T0.plusMinutes(minutes);
    }

    static ChatInfo orderChat(long chatId, String buyer, long orderId, ChatStatus status, OffsetDateTime updatedAt) {
        return new ChatInfo(chatId, null,
                new ChatFullContext(ChatContextType.ORDER, new ChatCustomer(buyer, "pub-" + chatId), 21_000_000L,
                        orderId, null),
                ChatType.CHAT, status, T0.minusDays(1), updatedAt);
    }

    static ChatInfo returnChat(long chatId, String buyer, long orderId, long returnId, ChatStatus status,
                               OffsetDateTime updatedAt) {
        return new ChatInfo(chatId, null,
                new ChatFullContext(ChatContextType.RETURN, new ChatCustomer(buyer, "pub-" + chatId), 21_000_000L,
                        orderId, returnId),
                ChatType.CHAT, status, T0.minusDays(1), updatedAt);
    }

    static ChatInfo directChat(long chatId, String buyer, ChatType type, ChatStatus status, OffsetDateTime updatedAt) {
        return new ChatInfo(chatId, null,
                new ChatFullContext(ChatContextType.DIRECT, new ChatCustomer(buyer, null), null, null, null),
                type, status, T0.minusDays(1), updatedAt);
    }

    static ChatInfo withStatus(ChatInfo chat, ChatStatus status) {
        return new ChatInfo(chat.chatId(), null, chat.context(), chat.type(), status, chat.createdAt(), chat.updatedAt());
    }

    static ChatMessage customer(long id, int minute, String text) {
        return new ChatMessage(id, at(minute), MessageSender.CUSTOMER, text, List.of());
    }

    static ChatMessage partner(long id, int minute, String text) {
        return new ChatMessage(id, at(minute), MessageSender.PARTNER, text, List.of());
    }

    static ChatMessage from(MessageSender sender, long id, int minute, String text) {
        return new ChatMessage(id, at(minute), sender, text, List.of());
    }

    static ChatMessage files(MessageSender sender, long id, int minute, ChatAttachment... attachments) {
        return new ChatMessage(id, at(minute), sender, null, List.of(attachments));
    }

    static ChatAttachment attachment(String name) {
        return new ChatAttachment(name, "https://files.example/" + name, 1024);
    }
}
