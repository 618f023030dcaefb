package com.marketchats.viewmodel.chatlist;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.GroupCounts;

import java.util.List;

/**
 * Reads one state of the chat list from the inbox and formats its rows: the part of a reload that runs on
 * the background executor, never on the FX thread.
 */
final class ChatListReader {

    private final ChatInbox inbox;
    private final ChatListFormatter formatter;

    ChatListReader(ChatInbox inbox, ChatListFormatter formatter) {
        this.inbox = inbox;
        this.formatter = formatter;
    }

    Page read(ChatQuery query) {
        List<ChatListItem> rows = inbox.chats(query).stream().map(formatter::item).toList();
        return new Page(query, rows, inbox.groupCounts(query), inbox.totalUnread());
    }

    /** One answer of the store: the rows, counts and unread total for a query. */
    record Page(ChatQuery query, List<ChatListItem> rows, GroupCounts counts, int totalUnread) {
    }
}
