package com.marketchats.store;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatType;

import java.util.List;

/**
 * What the chat list shows: a group, optional type and context filters, an optional search, and a page.
 *
 * @param type        only chats of this type, or null for any
 * @param contextType only chats about this (ORDER, RETURN, DIRECT), or null for any
 * @param search      buyer name, order or return id, or words of message text; null or blank for none
 */
public record ChatQuery(ChatGroup group, ChatType type, ChatContextType contextType, String search,
                        int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;

    public ChatQuery {
        if (group == null) {
            throw new IllegalArgumentException("group is required");
        }
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative: " + limit + ", " + offset);
        }
    }

    /** The first {@link #DEFAULT_LIMIT} chats of a group, unfiltered. */
    public static ChatQuery of(ChatGroup group) {
        return new ChatQuery(group, null, null, null, DEFAULT_LIMIT, 0);
    }

    /**
     * The runs of four or more digits in the search, each found anywhere inside an order or return number
     * ("заказ …4821"), so that a row can show what matched.
     */
    public List<String> searchedNumbers() {
        return SearchText.digitRuns(search);
    }

    public ChatQuery withGroup(ChatGroup newGroup) {
        return new ChatQuery(newGroup, type, contextType, search, limit, offset);
    }

    public ChatQuery withType(ChatType newType) {
        return new ChatQuery(group, newType, contextType, search, limit, offset);
    }

    public ChatQuery withContextType(ChatContextType newContextType) {
        return new ChatQuery(group, type, newContextType, search, limit, offset);
    }

    public ChatQuery withSearch(String newSearch) {
        return new ChatQuery(group, type, contextType, newSearch, limit, offset);
    }

    public ChatQuery withPage(int newLimit, int newOffset) {
        return new ChatQuery(group, type, contextType, search, newLimit, newOffset);
    }
}
