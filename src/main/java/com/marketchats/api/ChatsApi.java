package com.marketchats.api;

import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;

import java.nio.file.Path;
import java.util.List;

/**
 * The seven operations of the Yandex Market Partner API "Chats" group for one business (cabinet).
 * Every call blocks the calling thread (never call it on the FX thread) and throws {@link ApiException}
 * for every failure: input refused before sending, an HTTP error answer, or no answer at all.
 */
public interface ChatsApi {

    /** The cabinet this client speaks for. */
    long businessId();

    /** createChat: opens (or returns the existing) chat for an order or a return; answers its chat id. */
    long createChat(ChatContext context);

    /** getChat: one chat. */
    ChatInfo getChat(long chatId);

    /** getChats: one page; {@code limit} 1–20, {@code pageToken} null for the first page. */
    ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit);

    /** getChatHistory: one page; {@code limit} 1–100, {@code messageIdFrom} null for the whole history. */
    ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit);

    /** getChatMessage: one message. */
    ChatMessage getChatMessage(long chatId, long messageId);

    /** sendMessageToChat: text of 1–4096 characters. */
    void sendMessage(long chatId, String text);

    /** sendFileToChat: a file of at most 5 MB, as multipart part {@code file}, reporting upload progress. */
    void sendFile(long chatId, Path file, UploadProgressListener progress);

    /**
     * Every chat matching the filter: pages of the largest limit (20), the same on every page, following
     * {@code nextPageToken} until it is absent. Each page is one {@link #getChats} call, so a decorator of
     * that method (a budget, say) applies to every page.
     */
    default List<ChatInfo> getAllChats(GetChatsRequest filter) {
        return PageWalker.collectAll(ApiOperation.GET_CHATS,
                token -> getChats(filter, token, ApiLimits.MAX_CHATS_PAGE_LIMIT),
                ChatsPage::chats, ChatsPage::paging);
    }

    /**
     * Every message from {@code messageIdFrom} (or all): pages of the largest limit (100) with the same
     * {@code messageIdFrom}, following {@code nextPageToken} until it is absent, one {@link #getChatHistory}
     * call per page.
     */
    default List<ChatMessage> getAllHistory(long chatId, Long messageIdFrom) {
        return PageWalker.collectAll(ApiOperation.GET_CHAT_HISTORY,
                token -> getChatHistory(chatId, messageIdFrom, token, ApiLimits.MAX_HISTORY_PAGE_LIMIT),
                ChatHistoryPage::messages, ChatHistoryPage::paging);
    }

    /**
     * Downloads an attachment to {@code target}. The API key is sent only when the URL points at the
     * API's own host; a URL naming any other host is fetched without credentials.
     */
    void downloadAttachment(String url, Path target);
}
