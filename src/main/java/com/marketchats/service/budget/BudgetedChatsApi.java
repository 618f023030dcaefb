package com.marketchats.service.budget;

import com.marketchats.api.ApiException;
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
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link ChatsApi} that takes a permit of its {@link RequestBudget} around every call of the wrapped
 * client. Writes (sendMessage, sendFile, createChat) always go as {@link Priority#SEND}; reads go with
 * this view's priority, so the sync engine, the open chat and the outbox each use their own
 * {@link #withPriority view} of one client and one budget. Paging helpers take one permit per page.
 * Attachment downloads are not API operations and are not budgeted.
 *
 * <p>The wrapped client must report its answers to {@link RequestBudget#responseListener()}. A caller
 * interrupted while waiting gets an {@link ApiException} of kind {@code NETWORK} saying the request
 * was not sent, with the thread's interrupt flag set again.
 */
public final class BudgetedChatsApi implements ChatsApi {

    private final ChatsApi delegate;
    private final RequestBudget budget;
    private final Priority readPriority;

    public BudgetedChatsApi(ChatsApi delegate, RequestBudget budget, Priority readPriority) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.readPriority = Objects.requireNonNull(readPriority, "readPriority");
    }

    /** The same client and budget, reading with another priority. */
    public BudgetedChatsApi withPriority(Priority priority) {
        return priority == readPriority ? this : new BudgetedChatsApi(delegate, budget, priority);
    }

    /** The priority reads of this view go with. */
    public Priority priority() {
        return readPriority;
    }

    public RequestBudget budget() {
        return budget;
    }

    @Override
    public long businessId() {
        return delegate.businessId();
    }

    @Override
    public long createChat(ChatContext context) {
        return call(ApiOperation.CREATE_CHAT, Priority.SEND, () -> delegate.createChat(context));
    }

    @Override
    public ChatInfo getChat(long chatId) {
        return call(ApiOperation.GET_CHAT, readPriority, () -> delegate.getChat(chatId));
    }

    @Override
    public ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
        return call(ApiOperation.GET_CHATS, readPriority, () -> delegate.getChats(filter, pageToken, limit));
    }

    @Override
    public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        return call(ApiOperation.GET_CHAT_HISTORY, readPriority,
                () -> delegate.getChatHistory(chatId, messageIdFrom, pageToken, limit));
    }

    @Override
    public ChatMessage getChatMessage(long chatId, long messageId) {
        return call(ApiOperation.GET_CHAT_MESSAGE, readPriority, () -> delegate.getChatMessage(chatId, messageId));
    }

    @Override
    public void sendMessage(long chatId, String text) {
        call(ApiOperation.SEND_MESSAGE_TO_CHAT, Priority.SEND, () -> {
            delegate.sendMessage(chatId, text);
            return null;
        });
    }

    @Override
    public void sendFile(long chatId, Path file, UploadProgressListener progress) {
        call(ApiOperation.SEND_FILE_TO_CHAT, Priority.SEND, () -> {
            delegate.sendFile(chatId, file, progress);
            return null;
        });
    }

    @Override
    public void downloadAttachment(String url, Path target) {
        delegate.downloadAttachment(url, target);
    }

    private <T> T call(ApiOperation operation, Priority priority, Supplier<T> request) {
        Permit permit;
        try {
            permit = budget.acquire(operation, priority);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.network(operation, false, "interrupted while waiting for the request budget", e);
        }
        try {
            return request.get();
        } catch (ApiException e) {
            boolean neverSent = e.kind() == ApiException.Kind.INVALID_INPUT
                    || (e.kind() == ApiException.Kind.NETWORK && !e.outcomeUncertain());
            if (neverSent) {
                permit.markNotSent();
            }
            throw e;
        } finally {
            permit.close();
        }
    }

    @Override
    public String toString() {
        return "BudgetedChatsApi[" + delegate + ", " + readPriority + "]";
    }
}
