package com.marketchats.api.dto;

import java.util.List;

/**
 * Filters of getChats (spec: GetChatsRequest). The spec requires at least one item in any filter that
 * is sent, so an empty list is normalised to "absent" and never serialised as {@code []}.
 *
 * @param orderIds deprecated by the spec in favour of {@code contexts}
 */
public record GetChatsRequest(
        @Deprecated List<Long> orderIds,
        List<ChatContext> contexts,
        List<ChatContextType> contextTypes,
        List<ChatType> types,
        List<ChatStatus> statuses) {

    public static final GetChatsRequest ALL = new GetChatsRequest(null, null, null, null, null);

    public GetChatsRequest {
        orderIds = nonEmptyOrNull(orderIds);
        contexts = nonEmptyOrNull(contexts);
        contextTypes = nonEmptyOrNull(contextTypes);
        types = nonEmptyOrNull(types);
        statuses = nonEmptyOrNull(statuses);
    }

    public static GetChatsRequest withStatuses(List<ChatStatus> statuses) {
        return new GetChatsRequest(null, null, null, null, statuses);
    }

    private static <T> List<T> nonEmptyOrNull(List<T> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }
}
