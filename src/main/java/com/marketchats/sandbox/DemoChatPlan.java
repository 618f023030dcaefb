package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;

import java.util.ArrayList;
import java.util.List;

/**
 * One hand-written demo chat: what it is about, its status, and its lines with their age in minutes,
 * written as a small script so the conversations read like conversations.
 */
final class DemoChatPlan {

    /** Minutes, hours and days before the sandbox starts, for writing ages as {@code 2 * D + 3 * H}. */
    static final long M = 1;
    static final long H = 60;
    static final long D = 24 * H;

    /** One message; {@code file} names a resource under {@code files/}, or is null. */
    record Line(long minutesAgo, MessageSender sender, String text, String file) {
    }

    final long chatId;
    final ChatFullContext context;
    final ChatType type;
    final ChatStatus status;
    final List<Line> lines = new ArrayList<>();
    /** For a chat without messages: when it was opened. */
    long openedMinutesAgo;

    private DemoChatPlan(long chatId, ChatFullContext context, ChatType type, ChatStatus status) {
        this.chatId = chatId;
        this.context = context;
        this.type = type;
        this.status = status;
    }

    static DemoChatPlan order(long chatId, long orderId, long campaignId, ChatType type, ChatStatus status,
            ChatCustomer customer) {
        return new DemoChatPlan(chatId,
                new ChatFullContext(ChatContextType.ORDER, customer, campaignId, orderId, null), type, status);
    }

    static DemoChatPlan returnOf(long chatId, long returnId, long orderId, long campaignId, ChatType type,
            ChatStatus status, ChatCustomer customer) {
        return new DemoChatPlan(chatId,
                new ChatFullContext(ChatContextType.RETURN, customer, campaignId, orderId, returnId), type, status);
    }

    static DemoChatPlan direct(long chatId, ChatStatus status, ChatCustomer customer) {
        return new DemoChatPlan(chatId, new ChatFullContext(ChatContextType.DIRECT, customer, null, null, null),
                ChatType.CHAT, status);
    }

    /** A buyer with a public name and id. */
    static ChatCustomer buyer(String name, String publicId) {
        return new ChatCustomer(name, publicId);
    }

    /** A buyer whose name is hidden: only the public id comes. */
    static ChatCustomer hiddenBuyer(String publicId) {
        return new ChatCustomer(null, publicId);
    }

    DemoChatPlan opened(long minutesAgo) {
        openedMinutesAgo = minutesAgo;
        return this;
    }

    DemoChatPlan buyer(long minutesAgo, String text) {
        return line(minutesAgo, MessageSender.CUSTOMER, text, null);
    }

    DemoChatPlan buyerFile(long minutesAgo, String file, String text) {
        return line(minutesAgo, MessageSender.CUSTOMER, text, file);
    }

    DemoChatPlan seller(long minutesAgo, String text) {
        return line(minutesAgo, MessageSender.PARTNER, text, null);
    }

    DemoChatPlan sellerFile(long minutesAgo, String file, String text) {
        return line(minutesAgo, MessageSender.PARTNER, text, file);
    }

    DemoChatPlan market(long minutesAgo, String text) {
        return line(minutesAgo, MessageSender.MARKET, text, null);
    }

    DemoChatPlan support(long minutesAgo, String text) {
        return line(minutesAgo, MessageSender.SUPPORT, text, null);
    }

    /** Age of the chat: its first line's, or when it was opened. */
    long ageMinutes() {
        return lines.stream().mapToLong(Line::minutesAgo).max().orElse(openedMinutesAgo);
    }

    private DemoChatPlan line(long minutesAgo, MessageSender sender, String text, String file) {
        lines.add(new Line(minutesAgo, sender, text, file));
        return this;
    }
}
