package com.marketchats.service.sync;

import com.marketchats.testing.UnusedChatsApi;
import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.api.dto.Paging;
import com.marketchats.store.HistorySyncNeed;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A history fetch depends on no order and no reading of messageIdFrom, and never hands out part of a history. */
class HistoryFetcherTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-07-01T12:00:00+03:00");

    private static ChatMessage message(long id) {
        return new ChatMessage(id, T.plusSeconds(id), MessageSender.CUSTOMER, "m" + id, List.of());
    }

    private static ChatHistoryPage page(String next, long... ids) {
        List<ChatMessage> messages = new ArrayList<>();
        for (long id : ids) {
            messages.add(message(id));
        }
        return new ChatHistoryPage(null, null, messages, next == null ? Paging.LAST : new Paging(next));
    }

    /** An API answering pages by token from a fixed script; a missing token fails like a lost connection. */
    private static FakePages pages(Map<String, ChatHistoryPage> byToken) {
        return new FakePages(byToken);
    }

    @Test
    void newestFirstPagesWithRepeatsAndTheInclusiveFromMessageComeOutSortedOnceAndNew() {
        FakePages api = pages(Map.of("first", page("p2", 15, 14, 13, 12), "p2", page(null, 13, 12, 11, 10)));

        FetchedHistory history = HistoryFetcher.fetch(api, new HistorySyncNeed(7, 10L, 10L, T), () -> false);

        assertThat(history.messages()).extracting(ChatMessage::messageId).containsExactly(11L, 12L, 13L, 14L, 15L);
        assertThat(history.upTo()).isEqualTo(15L);
        assertThat(history.firstFetch()).isFalse();
        assertThat(api.froms).containsOnly(10L);
    }

    @Test
    void nothingNewKeepsWhereTheLastFetchEnded() {
        FakePages api = pages(Map.of("first", page(null, 10)));

        FetchedHistory history = HistoryFetcher.fetch(api, new HistorySyncNeed(7, 10L, 10L, T), () -> false);

        assertThat(history.messages()).isEmpty();
        assertThat(history.upTo()).isEqualTo(10L);
    }

    @Test
    void aFailedPageLosesTheWholeFetch() {
        FakePages api = pages(Map.of("first", page("gone", 3, 2, 1)));

        assertThatThrownBy(() -> HistoryFetcher.fetch(api, new HistorySyncNeed(7, null, null, T), () -> false))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aRepeatedPageTokenStopsTheFetch() {
        FakePages api = pages(Map.of("first", page("loop", 1), "loop", page("loop", 2)));

        assertThatThrownBy(() -> HistoryFetcher.fetch(api, new HistorySyncNeed(7, null, null, T), () -> false))
                .isInstanceOf(ApiException.class).hasMessageContaining("repeated a page token");
    }

    /** getChatHistory from a script; every other operation is unused. */
    private static final class FakePages extends UnusedChatsApi {

        private final Map<String, ChatHistoryPage> byToken;
        final List<Long> froms = new ArrayList<>();

        FakePages(Map<String, ChatHistoryPage> byToken) {
            this.byToken = byToken;
        }

        @Override
        public ChatHistoryPage getChatHistory(long chatId, Long messageIdFrom, String pageToken, int limit) {
            froms.add(messageIdFrom);
            ChatHistoryPage page = byToken.get(pageToken == null ? "first" : pageToken);
            if (page == null) {
                throw ApiException.network(ApiOperation.GET_CHAT_HISTORY, true, "connection reset", null);
            }
            return page;
        }
    }
}
