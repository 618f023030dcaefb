package com.marketchats.testing;

import com.marketchats.api.ChatsApi;
import com.marketchats.api.UploadProgressListener;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;

import java.nio.file.Path;
import java.util.List;

/** A ChatsApi whose every operation fails as unused; a test overrides the ones it scripts. */
public class UnusedChatsApi implements ChatsApi {

    @Override
    public long businessId() {
        return 1;
    }

    @Override
    public long createChat(ChatContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChatInfo getChat(long chatId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChatMessage getChatMessage(long chatId, long messageId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendMessage(long chatId, String text) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendFile(long chatId, Path file, UploadProgressListener progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ChatInfo> getAllChats(GetChatsRequest filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ChatMessage> getAllHistory(long chatId, Long messageIdFrom) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void downloadAttachment(String url, Path target) {
        throw new UnsupportedOperationException();
    }
}
