package com.marketchats.viewmodel;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.dto.ApiError;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.testing.UnusedChatsApi;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A ChatsApi kept in memory for view-model tests: what it lists, what it was sent, and a failure switch. */
final class InMemoryChatsApi extends UnusedChatsApi {

    final List<ChatInfo> chats = new ArrayList<>();
    final Map<Long, List<ChatMessage>> history = new HashMap<>();
    final List<String> sent = new ArrayList<>();
    /** When true, every call fails as a rejected API key would. */
    boolean rejectKey;

    @Override
    public List<ChatInfo> getAllChats(GetChatsRequest filter) {
        failIfAsked(ApiOperation.GET_CHATS);
        return List.copyOf(chats);
    }

    @Override
    public List<ChatMessage> getAllHistory(long chatId, Long messageIdFrom) {
        failIfAsked(ApiOperation.GET_CHAT_HISTORY);
        return List.copyOf(history.getOrDefault(chatId, List.of()));
    }

    @Override
    public void sendMessage(long chatId, String text) {
        failIfAsked(ApiOperation.SEND_MESSAGE_TO_CHAT);
        sent.add(chatId + ":" + text);
        List<ChatMessage> messages = new ArrayList<>(history.getOrDefault(chatId, List.of()));
        messages.add(new ChatMessage(100 + sent.size(), OffsetDateTime.now(), MessageSender.PARTNER, text, null));
        history.put(chatId, messages);
    }

    private void failIfAsked(ApiOperation operation) {
        if (rejectKey) {
            throw ApiException.errorAnswer(operation, 401,
                    List.of(new ApiError("UNAUTHORIZED", "Api-Key token is invalid")), RateLimitInfo.NONE, null);
        }
    }
}
