package com.marketchats.service.budget;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Passes every single-request call through {@link #around}; tests override it to watch the calls. */
class ForwardingChatsApi implements ChatsApi {

    private final ChatsApi delegate;

    ForwardingChatsApi(ChatsApi delegate) {
        this.delegate = delegate;
    }

    /** Counts how many calls of the wrapped client run at once. */
    static final class Counting extends ForwardingChatsApi {

        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        Counting(ChatsApi delegate) {
            super(delegate);
        }

        @Override
        protected <T> T around(ApiOperation operation, Supplier<T> call) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return call.get();
            } finally {
                running.decrementAndGet();
            }
        }

        int mostAtOnce() {
            return most.get();
        }
    }

    protected <T> T around(ApiOperation operation, Supplier<T> call) {
        return call.get();
    }

    @Override
    public long businessId() {
        return delegate.businessId();
    }

    @Override
    public long createChat(ChatContext context) {
        return around(ApiOperation.CREATE_CHAT, () -> delegate.createChat(context));
    }

    @Override
    public ChatInfo getChat(long chatId) {
        return around(ApiOperation.GET_CHAT, () -> delegate.getChat(chatId));
    }

    @Override
    public ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
        return around(ApiOperation.GET_CHATS, () -> delegate.getChats(filter, pageToken, limit));
    }

    @Override
    public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        return around(ApiOperation.GET_CHAT_HISTORY, () -> delegate.getChatHistory(chatId, messageIdFrom, pageToken, limit));
    }

    @Override
    public ChatMessage getChatMessage(long chatId, long messageId) {
        return around(ApiOperation.GET_CHAT_MESSAGE, () -> delegate.getChatMessage(chatId, messageId));
    }

    @Override
    public void sendMessage(long chatId, String text) {
        around(ApiOperation.SEND_MESSAGE_TO_CHAT, () -> {
            delegate.sendMessage(chatId, text);
            return null;
        });
    }

    @Override
    public void sendFile(long chatId, Path file, UploadProgressListener progress) {
        around(ApiOperation.SEND_FILE_TO_CHAT, () -> {
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
