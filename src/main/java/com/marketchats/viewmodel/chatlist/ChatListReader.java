package com.marketchats.viewmodel.chatlist;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.inbox.ChatMarks;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.GroupCounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one state of the chat list from the inbox, with each row's markers (draft, not sent, marked
 * unread), and formats its rows: the part of a reload that runs on the background executor, never on the
 * FX thread.
 */
final class ChatListReader {

    private final ChatInbox inbox;
    private final ChatListFormatter formatter;

    ChatListReader(ChatInbox inbox, ChatListFormatter formatter) {
        this.inbox = inbox;
        this.formatter = formatter;
    }

    /**
     * The list for {@code query}. A row equal to the one {@code shown} holds for its chat is that same
     * object: comparing 10,000 rows is done here, in the background, and the FX thread, which applies
     * the new list as the rows that changed, then finds unchanged rows by identity.
     */
    Page read(ChatQuery query, List<ChatListItem> shown) {
        Map<Long, ChatListItem> before = new HashMap<>(shown.size() * 2);
        for (ChatListItem row : shown) {
            before.put(row.chatId(), row);
        }
        List<String> searchedNumbers = query.searchedNumbers();
        ChatMarks marks = inbox.chatMarks();
        List<ChatListItem> rows = inbox.chats(query).stream()
                .map(chat -> formatter.item(chat, RowMarks.of(marks, chat.chatId())))
                .map(row -> row.withSubjectMatch(MatchRange.firstOf(searchedNumbers, row.subject())))
                .map(row -> sameAsShown(row, before.get(row.chatId()))).toList();
        return new Page(query, rows, inbox.groupCounts(query), inbox.totalUnread());
    }

    private static ChatListItem sameAsShown(ChatListItem row, ChatListItem shown) {
        return row.equals(shown) ? shown : row;
    }

    /** One answer of the store: the rows, counts and unread total for a query. */
    record Page(ChatQuery query, List<ChatListItem> rows, GroupCounts counts, int totalUnread) {
    }
}
