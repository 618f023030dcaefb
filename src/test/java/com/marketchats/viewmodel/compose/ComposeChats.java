package com.marketchats.viewmodel.compose;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;

import java.util.List;

/** Chats of the demo cabinet the compose tests write to: ones that need a reply, so the sandbox takes messages. */
final class ComposeChats {

    private ComposeChats() {
    }

    static List<ChatSummary> orderChats(ChatInbox inbox) {
        return inbox.chats(ChatQuery.of(ChatGroup.NEEDS_REPLY).withContextType(ChatContextType.ORDER)).stream()
                .filter(chat -> chat.orderId() != null && chat.customerName() != null)
                .toList();
    }

    static ChatSummary directChat(ChatInbox inbox) {
        return inbox.chats(ChatQuery.of(ChatGroup.ALL).withContextType(ChatContextType.DIRECT)).stream()
                .filter(chat -> chat.orderId() == null && chat.legacyOrderId() == null && chat.returnId() == null)
                .findFirst().orElseThrow();
    }

    /** The same chat under another id and buyer name: a chat the outbox refuses, or a buyer without a name. */
    static ChatSummary changed(ChatSummary chat, long chatId, String customerName) {
        return new ChatSummary(chatId, chat.typeName(), chat.statusName(), chat.contextTypeName(), customerName,
                chat.customerPublicId(), chat.campaignId(), chat.orderId(), chat.returnId(), chat.legacyOrderId(),
                chat.createdAt(), chat.updatedAt(), chat.unreadCount(), chat.lastMessageId(), chat.lastMessageAt(),
                chat.lastMessageSenderName(), chat.lastMessagePreview(), chat.waitingSince());
    }
}
