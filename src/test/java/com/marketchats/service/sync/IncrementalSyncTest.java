package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After the first sync: what changes on the server reaches the store, and nothing else is read again. */
class IncrementalSyncTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(10);

    @TempDir
    Path folder;
    private SyncRig rig;

    @BeforeEach
    void firstSync() {
        rig = new SyncRig(SandboxConfig.builder(), folder);
    }

    @AfterEach
    void close() {
        rig.close();
    }

    private void startAndSync(PollingPlan plan) {
        SyncEngine engine = rig.start(builder -> builder.plan(plan));
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.status().firstSync().done());
        rig.eventLog.clear();
    }

    private long answers(ApiOperation operation) {
        return rig.server.answers().forOperation(operation);
    }

    private SandboxChat chatWith(ChatStatus status) {
        return rig.server.state().chats(rig.businessId()).stream().filter(chat -> chat.status() == status)
                .findFirst().orElseThrow();
    }

    private boolean stored(SandboxMessage message) {
        return rig.store.messages().page(message.chatId(), null, 500).stream()
                .anyMatch(m -> m.messageId() == message.messageId());
    }

    @Test
    void aBuyerMessageArrivesWithItsEventsAndOnlyItsChatIsReadAgain() {
        startAndSync(SyncRig.FAST);
        long historiesBefore = answers(ApiOperation.GET_CHAT_HISTORY);
        SandboxChat chat = chatWith(ChatStatus.WAITING_FOR_CUSTOMER);

        SandboxMessage added = rig.server.state().addBuyerMessage(chat.chatId(), "А можно поменять цвет?");

        await().atMost(ARRIVAL).until(() -> stored(added));
        await().atMost(ARRIVAL).until(() -> rig.eventLog.messagesChanged().contains(chat.chatId())
                && rig.eventLog.chatsChanged().contains(chat.chatId()));
        assertThat(rig.store.chats().find(chat.chatId()).orElseThrow().status()).isEqualTo(ChatStatus.WAITING_FOR_PARTNER);
        long chatPagesNow = answers(ApiOperation.GET_CHATS);
        await().atMost(ARRIVAL).until(() -> answers(ApiOperation.GET_CHATS) >= chatPagesNow + 3);
        assertThat(answers(ApiOperation.GET_CHAT_HISTORY) - historiesBefore)
                .as("one history request, for the chat that changed").isEqualTo(1);
        assertThat(rig.eventLog.messagesChanged()).containsExactly(chat.chatId());
        StoreMatchesSandbox.assertMatches(rig.store, rig.server.state(), rig.businessId());
    }

    @Test
    void quietPollsWriteNothingAndTellNobody() {
        startAndSync(SyncRig.FAST);
        long chatPages = answers(ApiOperation.GET_CHATS);

        await().atMost(ARRIVAL).until(() -> answers(ApiOperation.GET_CHATS) >= chatPages + 5);

        assertThat(rig.eventLog.chatsChanged()).isEmpty();
        assertThat(rig.eventLog.messagesChanged()).isEmpty();
    }

    @Test
    void aNewDirectChatOpenedByABuyerIsFound() {
        startAndSync(SyncRig.FAST);

        SandboxChat opened = rig.server.state().openDirectChat(rig.businessId(),
                new ChatCustomer("Ольга", "o1l2g3a4"), "Здравствуйте! Этот чайник есть в белом цвете?");

        await().atMost(ARRIVAL).until(() -> rig.store.messages().lastMessageId(opened.chatId()).isPresent());
        assertThat(rig.store.chats().find(opened.chatId()).orElseThrow().toChatInfo())
                .isEqualTo(StoreMatchesSandbox.expected(rig.server.state().chat(opened.chatId()).orElseThrow()));
        assertThat(rig.store.chats().find(opened.chatId()).orElseThrow().unreadCount())
                .as("a chat found after the first sync is unread").isEqualTo(1);
    }

    @Test
    void theOpenChatIsPolledForWhatTheHotPollCannotSee() {
        startAndSync(SyncRig.FAST);
        SandboxChat finished = chatWith(ChatStatus.FINISHED);
        rig.engine.setOpenChat(finished.chatId());

        // A Market notice does not change the chat's status, so only the open chat's own poll finds it.
        SandboxMessage notice = rig.server.state().seedMessage(finished.chatId(), rig.server.state().now(),
                MessageSender.MARKET, "Заказ доставлен", List.of());

        await().atMost(ARRIVAL).until(() -> stored(notice));
    }

    @Test
    void aSweepFindsAMessageInAFinishedChatNobodyHasOpen() {
        PollingPlan quickSweeps = new PollingPlan(Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2),
                0.2, 0.05, 0.05, 0.04, Duration.ofSeconds(72));
        startAndSync(quickSweeps);
        SandboxChat finished = chatWith(ChatStatus.FINISHED);

        SandboxMessage notice = rig.server.state().seedMessage(finished.chatId(), rig.server.state().now(),
                MessageSender.SUPPORT, "Спор закрыт в пользу покупателя", List.of());

        await().atMost(ARRIVAL).until(() -> stored(notice));
        assertThat(rig.engine.status().lastFullSync()).isNotNull();
    }
}
