package com.marketchats.viewmodel;

import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;

import java.time.OffsetDateTime;

/**
 * One line of the chat list, with every text already formatted so a cell only places it.
 *
 * @param title      the buyer's name, or a neutral "Buyer"
 * @param subject    what the chat is about: an order, a return or a product question
 * @param statusText the chat status in the user's language
 * @param timeText   the time of the last message, short
 */
public record ChatRow(
        long chatId,
        String title,
        String subject,
        String statusText,
        String timeText,
        boolean needsReply,
        boolean dispute,
        OffsetDateTime updatedAt) {

    static boolean needsReply(ChatInfo chat) {
        return chat.status() == ChatStatus.NEW || chat.status() == ChatStatus.WAITING_FOR_PARTNER;
    }

    static boolean isDispute(ChatInfo chat) {
        return chat.type() == ChatType.ARBITRAGE
                || chat.status() == ChatStatus.WAITING_FOR_ARBITER
                || chat.status() == ChatStatus.WAITING_FOR_MARKET;
    }
}
