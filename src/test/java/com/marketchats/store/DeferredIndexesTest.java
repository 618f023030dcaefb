package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.marketchats.store.Api.at;
import static com.marketchats.store.Api.customer;
import static com.marketchats.store.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;

/** A first sync's messages written with the indexes deferred: searchable before and after the one-pass build. */
class DeferredIndexesTest extends StoreFixture {

    @BeforeEach
    void writeChats() {
        store.chats().upsert(List.of(
                Api.orderChat(1, "Анна Смирнова", 48213007, ChatStatus.WAITING_FOR_PARTNER, at(1)),
                Api.orderChat(2, "Жанна Орлова", 51000222, ChatStatus.WAITING_FOR_CUSTOMER, at(2))));
        store.messages().upsert(1, List.of(customer(11, 1, "Когда передадите заказ в доставку?")));
    }

    private List<Long> search(String text) {
        return store.chatList().list(ChatQuery.of(ChatGroup.ALL).withSearch(text)).stream()
                .map(ChatSummary::chatId).sorted().toList();
    }

    @Test
    void messagesWrittenWhileDeferredAreFoundByAScanThenByTheIndex() {
        store.deferredIndexes().defer();
        store.messages().upsert(2, List.of(customer(21, 2, "Пришла ЁЛКА, а крышка треснула"),
                partner(22, 2, "Пришлите фото, пожалуйста")));

        assertThat(store.deferredIndexes().deferred()).isTrue();
        assertThat(search("елка трес")).containsExactly(2L);
        assertThat(search("доставку")).containsExactly(1L);
        assertThat(search("пришл")).containsExactly(2L);

        store.deferredIndexes().rebuild();

        assertThat(store.deferredIndexes().deferred()).isFalse();
        assertThat(search("елка трес")).containsExactly(2L);
        assertThat(search("доставку")).containsExactly(1L);
        assertThat(search("фото")).containsExactly(2L);
    }

    @Test
    void aMessageEditedWhileDeferredIsIndexedOnceWithItsNewText() {
        store.deferredIndexes().defer();
        store.messages().upsert(2, List.of(customer(21, 2, "Пришла ёлка")));
        store.messages().upsert(2, List.of(customer(21, 2, "Пришла гирлянда")));
        store.deferredIndexes().rebuild();

        assertThat(search("гирлянда")).containsExactly(2L);
        assertThat(search("елка")).isEmpty();
        store.messages().upsert(2, List.of(customer(21, 2, "Пришла коробка")));
        assertThat(search("коробка")).containsExactly(2L);
        assertThat(search("гирлянда")).isEmpty();
    }

    @Test
    void afterTheBuildNewMessagesAreIndexedAsTheyAreWrittenAgain() {
        store.deferredIndexes().defer();
        store.deferredIndexes().defer();
        store.deferredIndexes().rebuild();
        store.deferredIndexes().rebuild();

        store.messages().upsert(2, List.of(customer(23, 2, "Где трек-номер?")));

        assertThat(store.deferredIndexes().deferred()).isFalse();
        assertThat(search("трек")).containsExactly(2L);
    }

    @Test
    void theDeferralOutlivesAReopenOfTheStore() {
        store.deferredIndexes().defer();
        store.messages().upsert(2, List.of(customer(21, 2, "Пришла ёлка")));
        reopen();

        assertThat(store.deferredIndexes().deferred()).isTrue();
        assertThat(search("елка")).containsExactly(2L);
        store.deferredIndexes().rebuild();
        assertThat(search("елка")).containsExactly(2L);
    }
}
