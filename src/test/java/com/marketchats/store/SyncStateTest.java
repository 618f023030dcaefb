package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.marketchats.store.Api.at;
import static org.assertj.core.api.Assertions.assertThat;

class SyncStateTest extends StoreFixture {

    private List<Long> needing() {
        return store.syncState().chatsNeedingHistorySync(100).stream().map(HistorySyncNeed::chatId).toList();
    }

    @Test
    void keyValuesAndTheChatListSyncTimeAreKeptAcrossReopen() {
        store.syncState().put("chat_list.page_token", "t-1");
        store.syncState().put("chat_list.page_token", "t-2");
        store.syncState().markChatListSynced();

        reopen();

        assertThat(store.syncState().get("chat_list.page_token")).contains("t-2");
        assertThat(store.syncState().get("missing")).isEmpty();
        assertThat(store.syncState().lastChatListSync()).contains(Instant.parse("2026-07-01T08:00:00Z"));
    }

    @Test
    void aChatWithNoHistoryYetNeedsASyncFirstIfItNeedsAReply() {
        store.chats().upsert(List.of(
                Api.orderChat(1, "a", 1, ChatStatus.FINISHED, at(50)),
                Api.orderChat(2, "b", 2, ChatStatus.NEW, at(10)),
                Api.orderChat(3, "c", 3, ChatStatus.WAITING_FOR_CUSTOMER, at(60))));

        assertThat(needing()).containsExactly(2L, 3L, 1L);
        HistorySyncNeed first = store.syncState().chatsNeedingHistorySync(1).get(0);
        assertThat(first).isEqualTo(new HistorySyncNeed(2, null, null, at(10)));
    }

    @Test
    void aSyncedChatNeedsAnotherOnlyWhenItsUpdatedAtMovesPastItsLastMessage() {
        store.chats().upsert(List.of(Api.orderChat(1, "a", 1, ChatStatus.NEW, at(5))));
        store.messages().upsert(1, List.of(Api.customer(11, 5, "привет")));
        store.syncState().markHistorySynced(1, 11L, at(5));
        assertThat(needing()).isEmpty();
        assertThat(store.syncState().historyState(1))
                .contains(new HistorySyncState(1, 11L, Instant.parse("2026-07-01T08:00:00Z")));

        store.chats().upsert(List.of(Api.orderChat(1, "a", 1, ChatStatus.NEW, at(9))));

        assertThat(store.syncState().chatsNeedingHistorySync(10))
                .containsExactly(new HistorySyncNeed(1, 11L, 11L, at(9)));

        store.messages().upsert(1, List.of(Api.customer(12, 9, "ау")));
        clock.advance(Duration.ofMinutes(1));
        store.syncState().markHistorySynced(1, 12L, at(9));
        assertThat(needing()).isEmpty();
        assertThat(store.syncState().historyState(1).orElseThrow().syncedAt())
                .isEqualTo(Instant.parse("2026-07-01T08:01:00Z"));
    }

    @Test
    void anUpdatedAtWithoutANewMessageIsFetchedOnceNotForever() {
        store.chats().upsert(List.of(Api.orderChat(1, "a", 1, ChatStatus.NEW, at(5))));
        store.messages().upsert(1, List.of(Api.customer(11, 5, "привет")));
        store.syncState().markHistorySynced(1, 11L, at(5));

        // The chat's updatedAt moved (say, its status changed) but the history brings no new message.
        store.chats().upsert(List.of(Api.orderChat(1, "a", 1, ChatStatus.WAITING_FOR_PARTNER, at(7))));
        HistorySyncNeed need = store.syncState().chatsNeedingHistorySync(10).get(0);
        store.syncState().markHistorySynced(1, 11L, need.updatedAt());

        assertThat(needing()).isEmpty();
    }

    @Test
    void theLimitCapsTheList() {
        store.chats().upsert(List.of(Api.orderChat(1, "a", 1, ChatStatus.NEW, at(1)),
                Api.orderChat(2, "b", 2, ChatStatus.NEW, at(2)), Api.orderChat(3, "c", 3, ChatStatus.NEW, at(3))));

        assertThat(store.syncState().chatsNeedingHistorySync(2)).hasSize(2);
    }

    @Test
    void severalHistorySyncsAreMarkedInOneCall() {
        store.chats().upsert(List.of(Api.orderChat(1, "a", 1, ChatStatus.NEW, at(5)),
                Api.orderChat(2, "b", 2, ChatStatus.FINISHED, at(6)), Api.orderChat(3, "c", 3, ChatStatus.NEW, at(7))));
        store.messages().upsert(1, List.of(Api.customer(11, 5, "привет")));

        store.syncState().markHistorySynced(List.of(new HistorySyncMark(1, 11L, at(5)),
                new HistorySyncMark(2, null, at(6))));
        store.syncState().markHistorySynced(List.of());

        assertThat(needing()).containsExactly(3L);
        assertThat(store.syncState().historyState(1)).get().extracting(HistorySyncState::syncedUpTo).isEqualTo(11L);
        assertThat(store.syncState().historyState(2)).get().extracting(HistorySyncState::syncedUpTo).isNull();
    }
}
