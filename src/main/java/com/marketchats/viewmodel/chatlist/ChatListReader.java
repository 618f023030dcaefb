package com.marketchats.viewmodel.chatlist;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.inbox.ChatMarks;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.GroupCounts;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one state of the chat list from the inbox, with each row's markers (draft, not sent, marked
 * unread), and formats its rows: the part of a reload that runs on the background executor, never on the
 * FX thread.
 */
final class ChatListReader {

    private final ChatInbox inbox;
    private final ChatListFormatter formatter;
    private final ReplyDeadlines deadlines;

    ChatListReader(ChatInbox inbox, ChatListFormatter formatter, ReplyDeadlines deadlines) {
        this.inbox = inbox;
        this.formatter = formatter;
        this.deadlines = deadlines;
    }

    /** The most urgent first: least working time left, the longest overdue at the top; rows without a wait last. */
    private static final Comparator<ChatListItem> BY_TIME_LEFT = Comparator.comparing(
            (ChatListItem row) -> row.deadline().left(), Comparator.nullsLast(Comparator.<Duration>naturalOrder()));

    /**
     * The list for {@code query}; the Needs-reply tab sorted by time left. A row equal to the one {@code shown} holds for its chat is that same
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
        if (query.group() == ChatGroup.NEEDS_REPLY) {
            // The store orders by when the wait began; with working hours and a target in between, the
            // order the seller acts in is time left. Stable, so equal waits keep the store's order.
            rows = rows.stream().sorted(BY_TIME_LEFT).toList();
        }
        List<Instant> waits = waits(query);
        int overdue = (int) waits.stream().filter(since -> deadlines.since(since).overdue()).count();
        return new Page(query, rows, inbox.groupCounts(query), inbox.totalUnread(), waits, overdue);
    }

    /** When each chat needing a reply under the query's topic and search began waiting, for the overdue count. */
    private List<Instant> waits(ChatQuery query) {
        return inbox.chats(query.withGroup(ChatGroup.NEEDS_REPLY).withPage(Integer.MAX_VALUE, 0)).stream()
                .map(ChatSummary::waitingSince).filter(Objects::nonNull).map(OffsetDateTime::toInstant).toList();
    }

    private static ChatListItem sameAsShown(ChatListItem row, ChatListItem shown) {
        return row.equals(shown) ? shown : row;
    }

    /**
     * One answer of the store for a query: the rows, counts and unread total, and when each chat needing a
     * reply began waiting with how many of those are overdue.
     */
    record Page(ChatQuery query, List<ChatListItem> rows, GroupCounts counts, int totalUnread, List<Instant> waits,
                int overdue) {
    }
}
