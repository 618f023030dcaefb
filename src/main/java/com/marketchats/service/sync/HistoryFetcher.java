package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiLimits;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.store.HistorySyncNeed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Fetches one chat's history from the last message a sync covered ({@code messageIdFrom}), pages of 100
 * until {@code nextPageToken} is absent. The spec states neither the order of the messages nor whether
 * {@code messageIdFrom} returns that message again, so it reads every page, sorts by id, drops repeats
 * and the messages it already had, and never hands out part of a history: with newest-first pages, a
 * part could leave a gap below the last stored id that later fetches (from that id) would never fill.
 */
final class HistoryFetcher {

    private HistoryFetcher() {
    }

    /**
     * @throws ApiException          when a page fails (nothing of this chat is kept)
     * @throws CancellationException when {@code cancelled} says so between pages
     */
    static FetchedHistory fetch(ChatsApi api, HistorySyncNeed need, BooleanSupplier cancelled) {
        Long from = need.syncedUpTo();
        TreeMap<Long, ChatMessage> byId = new TreeMap<>();
        Set<String> tokensSeen = new HashSet<>();
        String token = null;
        while (true) {
            ChatHistoryPage page = api.getChatHistory(need.chatId(), from, token, ApiLimits.MAX_HISTORY_PAGE_LIMIT);
            for (ChatMessage message : page.messages()) {
                if (from == null || message.messageId() > from) {
                    byId.put(message.messageId(), message);
                }
            }
            if (!page.paging().hasNext()) {
                break;
            }
            token = page.paging().nextPageToken();
            if (!tokensSeen.add(token)) {
                throw ApiException.unexpected(ApiOperation.GET_CHAT_HISTORY,
                        "the server repeated a page token of chat " + need.chatId());
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sync stopped");
            }
        }
        return new FetchedHistory(need.chatId(), from, List.copyOf(byId.values()), need.updatedAt());
    }
}
