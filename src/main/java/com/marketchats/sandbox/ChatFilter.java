package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextIdentifiableType;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;

import java.util.HashSet;
import java.util.Set;

/**
 * getChats' body (GetChatsRequest), checked and ready to match. Every filter is optional and nullable;
 * a filter that is sent must be a non-empty array of unique, valid items ({@code minItems: 1},
 * {@code uniqueItems: true}). Filters combine with AND, the items of one filter with OR.
 */
final class ChatFilter {

    private final Set<Long> orderIds;
    private final Set<ChatContext> contexts;
    private final Set<ChatContextType> contextTypes;
    private final Set<ChatType> types;
    private final Set<ChatStatus> statuses;

    private ChatFilter(Set<Long> orderIds, Set<ChatContext> contexts, Set<ChatContextType> contextTypes,
            Set<ChatType> types, Set<ChatStatus> statuses) {
        this.orderIds = orderIds;
        this.contexts = contexts;
        this.contextTypes = contextTypes;
        this.types = types;
        this.statuses = statuses;
    }

    static ChatFilter parse(ObjectNode body) throws ApiFailure {
        Set<Long> orderIds = null;
        if (array(body, "orderIds") != null) {
            orderIds = new HashSet<>();
            for (JsonNode item : array(body, "orderIds")) {
                addUnique(orderIds, JsonFields.requireLong(item, "orderIds[]", Long.MIN_VALUE), "orderIds");
            }
        }
        Set<ChatContext> contexts = null;
        if (array(body, "contexts") != null) {
            contexts = new HashSet<>();
            for (JsonNode item : array(body, "contexts")) {
                addUnique(contexts, JsonFields.context(item, "contexts[]"), "contexts");
            }
        }
        return new ChatFilter(orderIds, contexts,
                enums(body, "contextTypes", ChatContextType.class),
                enums(body, "types", ChatType.class),
                enums(body, "statuses", ChatStatus.class));
    }

    boolean matches(SandboxChat chat) {
        Long orderId = chat.context().orderId();
        return (orderIds == null || (orderId != null && orderIds.contains(orderId)))
                && (contexts == null || contexts.stream().anyMatch(c -> sameContext(c, chat)))
                && (contextTypes == null || contextTypes.contains(chat.context().type()))
                && (types == null || types.contains(chat.type()))
                && (statuses == null || statuses.contains(chat.status()));
    }

    private static boolean sameContext(ChatContext wanted, SandboxChat chat) {
        if (wanted.type() == ChatContextIdentifiableType.ORDER) {
            return chat.context().type() == ChatContextType.ORDER && Long.valueOf(wanted.id()).equals(chat.context().orderId());
        }
        return chat.context().type() == ChatContextType.RETURN && Long.valueOf(wanted.id()).equals(chat.context().returnId());
    }

    /** The filter's array, null when absent or null; 400 when it is not an array or is empty. */
    private static JsonNode array(ObjectNode body, String field) throws ApiFailure {
        if (JsonFields.absent(body, field)) {
            return null;
        }
        JsonNode node = body.get(field);
        if (!node.isArray()) {
            throw ApiFailure.badRequest("Field '" + field + "' must be an array");
        }
        if (node.isEmpty()) {
            throw ApiFailure.badRequest("Field '" + field + "' must contain at least 1 item; leave it out instead");
        }
        return node;
    }

    private static <E extends Enum<E>> Set<E> enums(ObjectNode body, String field, Class<E> type) throws ApiFailure {
        JsonNode node = array(body, field);
        if (node == null) {
            return null;
        }
        Set<E> values = new HashSet<>();
        for (JsonNode item : node) {
            addUnique(values, JsonFields.enumValue(item, type, field + "[]"), field);
        }
        return values;
    }

    private static <T> void addUnique(Set<T> set, T value, String field) throws ApiFailure {
        if (!set.add(value)) {
            throw ApiFailure.badRequest("Field '" + field + "' must contain unique items (repeated: " + value + ")");
        }
    }
}
