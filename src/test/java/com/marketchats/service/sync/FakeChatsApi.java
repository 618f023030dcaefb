package com.marketchats.service.sync;

import com.marketchats.testing.UnusedChatsApi;
import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.api.dto.Paging;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An in-memory API for the engine's unit tests: chats and messages in id order, pages by index, every
 * call counted, and a switch that makes calls fail.
 */
final class FakeChatsApi extends UnusedChatsApi {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-07-01T12:00:00+03:00");

    private final Map<Long, ChatInfo> chats = new TreeMap<>();
    private final Map<Long, List<ChatMessage>> histories = new TreeMap<>();
    private final Map<ApiOperation, Integer> calls = new EnumMap<>(ApiOperation.class);
    private long nextMessageId = 1_000;
    private int fullListings;
    /** Decides, per call, the failure to throw; null lets the call through. */
    private Function<ApiOperation, ApiException> failure = operation -> null;

    synchronized void failWith(Function<ApiOperation, ApiException> failure) {
        this.failure = failure;
    }

    synchronized void heal() {
        failure = operation -> null;
    }

    /** getChats calls without a status filter (pages of sweeps and first passes). */
    synchronized int fullListings() {
        return fullListings;
    }

    synchronized int calls(ApiOperation operation) {
        return calls.getOrDefault(operation, 0);
    }

    /** Adds a chat and one buyer message at minute {@code minute}. */
    synchronized void addChat(long chatId, ChatStatus status, int minute) {
        histories.put(chatId, new ArrayList<>());
        chats.put(chatId, chat(chatId, status, T0.plusMinutes(minute)));
        addMessage(chatId, MessageSender.CUSTOMER, minute);
    }

    /** A message; a buyer's moves the chat to WAITING_FOR_PARTNER, as the API does. */
    synchronized ChatMessage addMessage(long chatId, MessageSender sender, int minute) {
        ChatMessage message = new ChatMessage(nextMessageId++, T0.plusMinutes(minute), sender, "text " + nextMessageId,
                List.of());
        histories.get(chatId).add(message);
        ChatInfo old = chats.get(chatId);
        ChatStatus status = sender == MessageSender.CUSTOMER ? ChatStatus.WAITING_FOR_PARTNER : old.status();
        chats.put(chatId, chat(chatId, status, message.createdAt()));
        return message;
    }

    private static ChatInfo chat(long chatId, ChatStatus status, OffsetDateTime updatedAt) {
        return new ChatInfo(chatId, null, new ChatFullContext(ChatContextType.DIRECT,
                new ChatCustomer("Покупатель " + chatId, "p" + chatId), null, null, null),
                ChatType.CHAT, status, T0.minusDays(1), updatedAt);
    }

    private synchronized void called(ApiOperation operation) {
        calls.merge(operation, 1, Integer::sum);
        ApiException failed = failure.apply(operation);
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    public long businessId() {
        return 77;
    }

    @Override
    public synchronized ChatsPage getChats(GetChatsRequest filter, String pageToken, int limit) {
        called(ApiOperation.GET_CHATS);
        if (filter.statuses() == null) {
            fullListings++;
        }
        List<ChatInfo> matching = chats.values().stream()
                .filter(chat -> filter.statuses() == null || filter.statuses().contains(chat.status())).toList();
        return new ChatsPage(page(matching, pageToken, limit), next(matching, pageToken, limit));
    }

    @Override
    public synchronized ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
        called(ApiOperation.GET_CHAT_HISTORY);
        List<ChatMessage> matching = histories.getOrDefault(chatId, List.of()).stream()
                .filter(m -> messageIdFrom == null || m.messageId() >= messageIdFrom).toList();
        return new ChatHistoryPage(null, chats.get(chatId).context(), page(matching, pageToken, limit),
                next(matching, pageToken, limit));
    }

    @Override
    public synchronized ChatInfo getChat(long chatId) {
        called(ApiOperation.GET_CHAT);
        return chats.get(chatId);
    }

    private static <T> List<T> page(List<T> all, String token, int limit) {
        int from = token == null ? 0 : Integer.parseInt(token);
        return all.subList(Math.min(from, all.size()), Math.min(all.size(), from + limit));
    }

    private static Paging next(List<?> all, String token, int limit) {
        int from = (token == null ? 0 : Integer.parseInt(token)) + limit;
        return from < all.size() ? new Paging(Integer.toString(from)) : Paging.LAST;
    }
}
