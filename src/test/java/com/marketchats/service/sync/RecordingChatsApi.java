package com.marketchats.service.sync;

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
import java.util.ArrayList;
import java.util.List;

/** Passes every call on and remembers, in order, which operation was called for which chat. */
final class RecordingChatsApi implements ChatsApi {

    /** One call: the operation and its chat id (0 for getChats). */
    record Call(ApiOperation operation, long chatId) {
    }

    private final ChatsApi delegate;
    private final List<Call> calls = new ArrayList<>();

    RecordingChatsApi(ChatsApi delegate) {
        this.delegate = delegate;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The chat ids of the getChatHistory calls, in order. */
    List<Long> historyChats() {
        return calls().stream().filter(c -> c.operation() == ApiOperation.GET_CHAT_HISTORY).map(Call::chatId).toList();
    }

    private synchronized void record(ApiOperation operation, long chatId) {
        calls.add(new Call(operation, chatId));
    }

    @Override
    public long businessId() {
        return delegate.businessId();
    }

    @Override
    public long createChat(ChatContext context) {
        record(ApiOperation.CREATE_CHAT, 0);
        return delegate.createChat(context);
    }

    @Override
    public ChatInfo getChat(long chatId) {
        record(ApiOperation.GET_CHAT, chatId);
        return delegate.getChat(chatId);
    }

    @Override
    public ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
        record(ApiOperation.GET_CHATS, 0);
        return delegate.getChats(filter, pageToken, limit);
    }

    @Override
    public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        record(ApiOperation.GET_CHAT_HISTORY, chatId);
        return delegate.getChatHistory(chatId, messageIdFrom, pageToken, limit);
    }

    @Override
    public ChatMessage getChatMessage(long chatId, long messageId) {
        record(ApiOperation.GET_CHAT_MESSAGE, chatId);
        return delegate.getChatMessage(chatId, messageId);
    }

    @Override
    public void sendMessage(long chatId, String text) {
        record(ApiOperation.SEND_MESSAGE_TO_CHAT, chatId);
        delegate.sendMessage(chatId, text);
    }

    @Override
    public void sendFile(long chatId, Path file, UploadProgressListener progress) {
        record(ApiOperation.SEND_FILE_TO_CHAT, chatId);
        delegate.sendFile(chatId, file, progress);
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
