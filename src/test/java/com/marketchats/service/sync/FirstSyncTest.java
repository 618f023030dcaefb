package com.marketchats.service.sync;

import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SortOrder;
import com.marketchats.sandbox.SpecAmbiguities;
import com.marketchats.service.events.ChangeEvent.Connectivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first sync of the demo data against the sandbox, under both answers of every question the spec leaves open. */
class FirstSyncTest {

    private static final Duration FIRST_SYNC_TIME = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    static List<SpecAmbiguities> everyAnswer() {
        List<SpecAmbiguities> answers = new ArrayList<>();
        for (SortOrder chats : SortOrder.values()) {
            for (SortOrder history : SortOrder.values()) {
                for (boolean inclusive : new boolean[] {true, false}) {
                    answers.add(SpecAmbiguities.DEFAULTS.withChatOrder(chats).withHistoryOrder(history)
                            .withMessageIdFromInclusive(inclusive));
                }
            }
        }
        return answers;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAnswer")
    void theStoreEndsEqualToTheSandboxAndFollowsANewMessage(SpecAmbiguities answers) throws Exception {
        try (SyncRig rig = new SyncRig(SandboxConfig.builder().ambiguities(answers), folder)) {
            SyncEngine engine = rig.start();

            await().atMost(FIRST_SYNC_TIME).until(() -> engine.status().firstSync().done());
            StoreMatchesSandbox.assertMatches(rig.store, rig.server.state(), rig.businessId());
            assertThat(engine.status().connectivity()).isEqualTo(Connectivity.ONLINE);
            assertThat(engine.status().firstSync().historiesFetched())
                    .isEqualTo(engine.status().firstSync().historiesTotal())
                    .isEqualTo(rig.server.state().chats(rig.businessId()).size());

            // The next fetch of a chat starts from its last message: inclusive or not, nothing is lost or doubled.
            SandboxChat busiest = busiestChat(rig);
            SandboxMessage added = rig.server.state().addBuyerMessage(busiest.chatId(), "Есть новости по заказу?");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    rig.store.messages().lastMessageId(busiest.chatId()).orElse(0) == added.messageId());
            StoreMatchesSandbox.assertMatches(rig.store, rig.server.state(), rig.businessId());
        }
    }

    @Test
    void whenTheFirstSyncIsDoneSearchFindsWordsOfItsMessagesThroughTheIndex() throws Exception {
        try (SyncRig rig = new SyncRig(SandboxConfig.builder(), folder)) {
            SearchMarkers markers = SearchMarkers.plant(rig.server.state(), rig.businessId());
            SyncEngine engine = rig.start();

            await().atMost(FIRST_SYNC_TIME).until(() -> engine.status().firstSync().done());
            assertThat(rig.store.deferredIndexes().deferred()).isFalse();
            assertThat(markers.found(rig.store)).allSatisfy((chatId, found) -> assertThat(found).containsExactly(chatId));
            assertThat(markers.allFound(rig.store)).isTrue();
        }
    }

    @Test
    void theOpenChatsHistoryIsFetchedFirst() throws Exception {
        try (SyncRig rig = new SyncRig(SandboxConfig.builder(), folder)) {
            SandboxChat open = busiestChat(rig);
            SyncEngine engine = SyncEngine.builder(rig.api, rig.store, rig.events).plan(SyncRig.FAST).build();
            rig.engine = engine;
            engine.setOpenChat(open.chatId());
            engine.start();

            await().atMost(FIRST_SYNC_TIME).until(() -> engine.status().firstSync().done());
            assertThat(rig.calls.historyChats()).first().isEqualTo(open.chatId());
            StoreMatchesSandbox.assertMatches(rig.store, rig.server.state(), rig.businessId());
        }
    }

    private static SandboxChat busiestChat(SyncRig rig) {
        return rig.server.state().chats(rig.businessId()).stream()
                .max(Comparator.comparingInt(chat -> rig.server.state().history(chat.chatId()).size()))
                .orElseThrow();
    }
}
