package com.marketchats.testing;

import com.marketchats.api.ApiOperation;
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
import java.util.function.Supplier;

/**
 * Passes every single-request call through {@link #around}; tests override it to watch the calls. The
 * paging helpers go straight to the wrapped client.
 */
public class ForwardingChatsApi implements ChatsApi {

    private final ChatsApi delegate;

    public ForwardingChatsApi(ChatsApi delegate) {
        this.delegate = delegate;
    }

    /** @param chatId the call's chat, 0 for calls without one */
    protected <T> T around(ApiOperation operation, long chatId, Supplier<T> call) {
        return call.get();
    }

    @Override
    public long businessId() {
        return delegate.businessId();
    }

    @Override
    public long createChat(ChatContext context) {
        return around(ApiOperation.CREATE_CHAT, 0, () -> delegate.createChat(context));
    }

    @Override
    public ChatInfo getChat(long chatId) {
        return around(ApiOperation.GET_CHAT, chatId, () -> delegate.getChat(chatId));
    }

    @Override
    public ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
        return around(ApiOperation.GET_CHATS, 0, () -> delegate.getChats(filter, pageToken, limit));
    }

    @Override
    public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        return around(ApiOperation.GET_CHAT_HISTORY, chatId, () -> delegate.getChatHistory(chatId, messageIdFrom, pageToken, limit));
    }

    @Override
    public ChatMessage getChatMessage(long chatId, long messageId) {
        return around(ApiOperation.GET_CHAT_MESSAGE, chatId, () -> delegate.getChatMessage(chatId, messageId));
    }

    @Override
    public void sendMessage(long chatId, String text) {
        around(ApiOperation.SEND_MESSAGE_TO_CHAT, chatId, () -> {
            delegate.sendMessage(chatId, text);
            return null;
        });
    }

    @Override
    public void sendFile(long chatId, Path file, UploadProgressListener progress) {
        around(ApiOperation.SEND_FILE_TO_CHAT, chatId, () -> {
            delegate.sendFile(chatId, file, progress);
            return null;
        });
    }

    @Override
    public List<ChatInfo> getAllChats(GetChatsRequest filter) {
        return delegate.getAllChats(filter);
    }

    @Override
    public List<ChatMessage> getAllHistory(long chatId, Long messageIdFrom) {
        return delegate.getAllHistory(chatId, messageIdFrom);
    }

    @Override
    public void downloadAttachment(String url, Path target) {
        delegate.downloadAttachment(url, target);
    }
}
