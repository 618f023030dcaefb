package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.marketchats.store.Api.at;
import static com.marketchats.store.Api.customer;
import static com.marketchats.store.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;

/** Several chats' fetched histories, their sync marks and first-sync read marks, written as one. */
class HistoryWritesTest extends StoreFixture {

    @Test
    void messagesSyncMarksAndReadMarksLandTogetherWithTheDerivedFields() {
        store.chats().upsert(List.of(Api.orderChat(10, "Анна", 1, ChatStatus.WAITING_FOR_PARTNER, at(3)),
                Api.orderChat(11, "Борис", 2, ChatStatus.FINISHED, at(3))));

        store.histories().write(
                List.of(new MessageBatch(10, List.of(customer(101, 1, "Здравствуйте"), partner(102, 2, "Добрый день"),
                                customer(103, 3, "Где заказ?"))),
                        new MessageBatch(11, List.of(customer(111, 1, "Спасибо")))),
                List.of(new HistorySyncMark(10, null, at(3)), new HistorySyncMark(11, null, at(3))),
                Map.of(10L, 102L, 11L, 111L));

        assertThat(store.messages().page(10, null, 10)).extracting(StoredMessage::messageId).containsExactly(101L, 102L, 103L);
        assertThat(store.syncState().historyState(10)).isPresent();
        assertThat(store.syncState().historyState(11)).isPresent();
        assertThat(store.readMarks().lastRead(10)).hasValue(102);
        assertThat(store.chats().find(10).orElseThrow().unreadCount()).isEqualTo(1);
        assertThat(store.chats().find(11).orElseThrow().unreadCount()).isZero();
        assertThat(store.chats().find(10).orElseThrow().lastMessageId()).isEqualTo(103L);
        assertThat(store.syncState().chatsNeedingHistorySync(10)).isEmpty();
    }

    @Test
    void aReadMarkNeverMovesBack() {
        store.chats().upsert(List.of(Api.orderChat(10, "Анна", 1, ChatStatus.FINISHED, at(3))));
        store.readMarks().markReadUpTo(10, 105);

        store.histories().write(List.of(new MessageBatch(10, List.of(customer(101, 1, "Здравствуйте")))),
                List.of(new HistorySyncMark(10, null, at(3))), Map.of(10L, 101L));

        assertThat(store.readMarks().lastRead(10)).hasValue(105);
    }
}
