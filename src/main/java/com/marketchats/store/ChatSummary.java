package com.marketchats.store;

import com.marketchats.api.dto.ApiEnumNames;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;

import java.time.OffsetDateTime;

/**
 * One chat as the store keeps it: every field the API gave (context flattened) and the fields the
 * store derives from its messages and read mark, kept current on every write.
 *
 * @param legacyOrderId      the API's deprecated top-level {@code orderId}
 * @param unreadCount        CUSTOMER, MARKET and SUPPORT messages after the read mark
 * @param lastMessagePreview the last message's text on one line, or its first attachment's name
 * @param waitingSince       when the buyer's oldest unanswered message came, for chats whose status needs
 *                           a reply (NEW, WAITING_FOR_PARTNER); null otherwise or while no such message is known
 * The API's enum values are kept as it sent them (see {@link ApiEnumNames}).
 */
public record ChatSummary(
        long chatId,
        String typeName,
        String statusName,
        String contextTypeName,
        String customerName,
        String customerPublicId,
        Long campaignId,
        Long orderId,
        Long returnId,
        Long legacyOrderId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int unreadCount,
        Long lastMessageId,
        OffsetDateTime lastMessageAt,
        String lastMessageSenderName,
        String lastMessagePreview,
        OffsetDateTime waitingSince) {

    public ChatType type() {
        return ApiEnumNames.constantOf(ChatType.class, typeName);
    }

    public ChatStatus status() {
        return ApiEnumNames.constantOf(ChatStatus.class, statusName);
    }

    public ChatContextType contextType() {
        return ApiEnumNames.constantOf(ChatContextType.class, contextTypeName);
    }

    public MessageSender lastMessageSender() {
        return ApiEnumNames.constantOf(MessageSender.class, lastMessageSenderName);
    }

    /** Whether the chat's status says the seller must answer (NEW or WAITING_FOR_PARTNER). */
    public boolean needsReply() {
        return ChatGroup.needsReply(status());
    }

    /**
     * The chat as the API gave it. A customer with neither name nor public id, and a context with no
     * field at all, read back as null.
     */
    @SuppressWarnings("deprecation")
    public ChatInfo toChatInfo() {
        ChatCustomer customer = customerName == null && customerPublicId == null
                ? null : new ChatCustomer(customerName, customerPublicId);
        boolean noContext = contextTypeName == null && customer == null && campaignId == null && orderId == null
                && returnId == null;
        ChatFullContext context = noContext ? null
                : new ChatFullContext(contextTypeName, customer, campaignId, orderId, returnId);
        return new ChatInfo(chatId, legacyOrderId, context, typeName, statusName, createdAt, updatedAt);
    }
}
