package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.store.ChatSummary;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The first sync's read marks, chat by chat. */
class FirstSyncReadMarksTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-07-01T12:00:00+03:00");

    private static ChatMessage from(MessageSender sender, long id) {
        return new ChatMessage(id, T.plusSeconds(id), sender, "m" + id, List.of());
    }

    private static ChatSummary chat(long chatId, ChatStatus status) {
        return new ChatSummary(chatId, null, status.name(), null, null, null, null, null, null, null, T, T, 0, null, null,
                null, null, null);
    }

    private static final Map<Long, ChatSummary> CHATS = Map.of(
            1L, chat(1, ChatStatus.FINISHED),
            2L, chat(2, ChatStatus.WAITING_FOR_PARTNER),
            3L, chat(3, ChatStatus.NEW),
            4L, chat(4, ChatStatus.WAITING_FOR_CUSTOMER));

    private static Map<Long, Long> marks(FetchedHistory... histories) {
        return FirstSyncReadMarks.marks(List.of(histories), id -> Optional.ofNullable(CHATS.get(id)));
    }

    @Test
    void aChatThatNeedsNoReplyIsReadToTheEnd() {
        assertThat(marks(new FetchedHistory(1, null, List.of(from(MessageSender.CUSTOMER, 10),
                from(MessageSender.MARKET, 11)), T))).containsExactly(Map.entry(1L, 11L));
    }

    @Test
    void aChatThatNeedsAReplyIsReadUpToTheSellersLastMessage() {
        assertThat(marks(new FetchedHistory(2, null, List.of(from(MessageSender.CUSTOMER, 10),
                from(MessageSender.PARTNER, 11), from(MessageSender.CUSTOMER, 12), from(MessageSender.CUSTOMER, 13)), T)))
                .containsExactly(Map.entry(2L, 11L));
    }

    @Test
    void aChatWhereTheSellerNeverWroteStaysUnread() {
        assertThat(marks(new FetchedHistory(3, null, List.of(from(MessageSender.MARKET, 10),
                from(MessageSender.CUSTOMER, 11)), T))).isEmpty();
    }

    @Test
    void laterFetchesAndEmptyChatsGetNoMark() {
        assertThat(marks(new FetchedHistory(4, 9L, List.of(from(MessageSender.CUSTOMER, 10)), T),
                new FetchedHistory(1, null, List.of(), T))).isEmpty();
    }
}
