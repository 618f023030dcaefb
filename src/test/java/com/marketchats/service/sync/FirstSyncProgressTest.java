package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.service.events.ChangeEvent.Connectivity;
import com.marketchats.service.sync.FirstSyncProgress.Stage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** What the status says while a first sync runs, and how a run that ended half-way is picked up. */
class FirstSyncProgressTest extends ManualEngineFixture {

    @Test
    void progressGoesPageByPageAndHistoriesOnlyGrow() {
        for (int chat = 1; chat <= 45; chat++) {
            api.addChat(chat, chat % 3 == 0 ? ChatStatus.WAITING_FOR_PARTNER : ChatStatus.FINISHED, chat);
        }

        start();

        assertThat(statuses).extracting(s -> s.firstSync().stage() == Stage.LISTING_CHATS ? s.firstSync().chatsFetched() : -1)
                .filteredOn(count -> count > 0).containsSubsequence(20, 40, 45);
        assertThat(statuses).extracting(s -> s.firstSync().historiesFetched())
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(statuses).filteredOn(s -> !s.firstSync().done())
                .allMatch(s -> s.connectivity() == Connectivity.SYNCING);
        assertThat(engine.status().firstSync()).isEqualTo(new FirstSyncProgress(Stage.DONE, 45, 45, 45));
        assertThat(engine.status().connectivity()).isEqualTo(Connectivity.ONLINE);
        assertThat(engine.status().lastSuccessfulSync()).isEqualTo(time.now());
    }

    @Test
    void aFirstSyncStoppedAfterTheChatListGoesOnWithTheHistoriesNextTime() {
        for (int chat = 1; chat <= 5; chat++) {
            api.addChat(chat, ChatStatus.FINISHED, chat);
        }
        store.chats().upsert(java.util.List.of(api.getChat(1), api.getChat(2)));
        store.syncState().markChatListSynced();

        start();

        assertThat(api.fullListings()).as("the chat list was read before").isZero();
        assertThat(engine.status().firstSync().done()).isTrue();
        assertThat(store.messages().page(1, null, 10)).hasSize(1);
        advance(Duration.ofSeconds(10));
        assertThat(api.fullListings()).isZero();
    }
}
