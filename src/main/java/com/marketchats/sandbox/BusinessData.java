package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextIdentifiableType;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One cabinet's chats and the orders and returns a chat may be opened for; guarded by the state's lock.
 * Besides the chats in the order they were added, it keeps them sorted by {@code updatedAt} (ties by id),
 * updated whenever a message moves a chat, so that a getChats page walks from its cursor instead of
 * sorting every chat of the cabinet for every page.
 */
final class BusinessData {

    record KnownOrder(long orderId, long campaignId, ChatCustomer customer) {
    }

    record KnownReturn(long returnId, long orderId, long campaignId, ChatCustomer customer) {
    }

    /** A chat's place in the getChats order: its {@code updatedAt} in epoch milliseconds, then its id. */
    record UpdateKey(long updatedMs, long chatId) implements Comparable<UpdateKey> {

        static UpdateKey of(ChatRow chat) {
            return new UpdateKey(chat.updatedAt.toEpochMilli(), chat.chatId);
        }

        @Override
        public int compareTo(UpdateKey other) {
            int byTime = Long.compare(updatedMs, other.updatedMs);
            return byTime != 0 ? byTime : Long.compare(chatId, other.chatId);
        }
    }

    final Map<Long, ChatRow> chats = new LinkedHashMap<>();
    final Map<Long, KnownOrder> orders = new HashMap<>();
    final Map<Long, KnownReturn> returns = new HashMap<>();
    private final NavigableMap<UpdateKey, ChatRow> byUpdate = new TreeMap<>();

    void add(ChatRow chat) {
        chats.put(chat.chatId, chat);
        byUpdate.put(UpdateKey.of(chat), chat);
    }

    /** Appends a message to one of this cabinet's chats, moving the chat in the getChats order. */
    void append(ChatRow chat, SandboxMessage message) {
        byUpdate.remove(UpdateKey.of(chat));
        chat.append(message);
        byUpdate.put(UpdateKey.of(chat), chat);
    }

    /**
     * Up to {@code limit} chats that pass {@code filter}, in {@code updatedAt} order (newest first or
     * oldest first), starting right after {@code after} (null: from the start).
     */
    List<SandboxChat> inUpdateOrder(boolean newestFirst, UpdateKey after, Predicate<SandboxChat> filter, int limit) {
        NavigableMap<UpdateKey, ChatRow> from = after == null ? byUpdate
                : newestFirst ? byUpdate.headMap(after, false) : byUpdate.tailMap(after, false);
        List<SandboxChat> page = new ArrayList<>(Math.min(limit, from.size()));
        for (ChatRow chat : (newestFirst ? from.descendingMap() : from).values()) {
            if (page.size() == limit) {
                break;
            }
            SandboxChat snapshot = chat.snapshot();
            if (filter.test(snapshot)) {
                page.add(snapshot);
            }
        }
        return page;
    }

    /** The ordinary chat already open for this order or return; null when there is none. */
    ChatRow openChatAbout(ChatContext context) {
        boolean isOrder = context.type() == ChatContextIdentifiableType.ORDER;
        for (ChatRow chat : chats.values()) {
            boolean same = isOrder
                    ? chat.context.type() == ChatContextType.ORDER && matches(chat.context.orderId(), context.id())
                    : chat.context.type() == ChatContextType.RETURN && matches(chat.context.returnId(), context.id());
            if (same && chat.type() == ChatType.CHAT) {
                return chat;
            }
        }
        return null;
    }

    /** The context a new chat about this order or return gets; null for one the business does not have. */
    ChatFullContext contextFor(ChatContext context) {
        return context.type() == ChatContextIdentifiableType.ORDER ? orderContext(context.id())
                : returnContext(context.id());
    }

    /** The context a new chat about this order gets; null for an order the business does not have. */
    private ChatFullContext orderContext(long orderId) {
        KnownOrder order = orders.get(orderId);
        return order == null ? null
                : new ChatFullContext(ChatContextType.ORDER, order.customer(), order.campaignId(), orderId, null);
    }

    /** The context a new chat about this return gets; null for a return the business does not have. */
    private ChatFullContext returnContext(long returnId) {
        KnownReturn known = returns.get(returnId);
        return known == null ? null
                : new ChatFullContext(ChatContextType.RETURN, known.customer(), known.campaignId(), known.orderId(),
                        returnId);
    }

    private static boolean matches(Long value, long id) {
        return value != null && value == id;
    }
}
