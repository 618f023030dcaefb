package com.marketchats.service;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.BuyerSimulator;
import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.LargeDataset;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.outbox.Backoff;
import com.marketchats.service.outbox.OutboxSettings;
import com.marketchats.service.sync.PollingPlan;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import com.marketchats.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scripted session of issue 3: a cabinet of 200 chats synced and 100 messages and 20 files sent across
 * 30 chats while buyers write, with 20% 500s, 420 storms, slow answers and cut connections. At the end
 * every item is delivered exactly once, in order per chat, and the store equals the sandbox.
 */
class ScriptedSessionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Polls every second and sweeps every few seconds, as far as getChats' hourly limit allows. */
    private static final PollingPlan BRISK = new PollingPlan(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(3),
            0.5, 0.5, 0.5, 0.5, Duration.ofHours(1));

    @TempDir
    Path data;
    @TempDir
    Path desktop;

    @Test
    void underFaultsEverythingSentArrivesOnceAndTheStoreEndsEqualToTheSandbox() throws IOException {
        FaultPlan faults = FaultPlan.NONE.withFailureRate(0.2).withResetRate(0.05)
                .withRandomDelayMax(Duration.ofMillis(40)).withStorms(Duration.ofSeconds(5), Duration.ofMillis(700));
        SandboxConfig config = SandboxConfig.builder()
                .dataset(LargeDataset.of(200, 2_000))
                .faults(faults)
                .buyerMessagesPerMinute(60)
                .build();
        OutboxSettings outbox = OutboxSettings.defaults()
                .withBackoff(Backoff.of(Duration.ofMillis(200), Duration.ofSeconds(2)))
                .withSettleDelay(Duration.ofMillis(300));
        try (SandboxServer sandbox = SandboxServer.start(config);
             AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                     sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), data)
                     .withOutbox(outbox).withPolling(BRISK))) {
            services.sync().setUserActive(true);
            services.start();
            await().atMost(PATIENCE).until(() -> services.sync().status().firstSync().done());

            List<Long> chats = sandbox.state().chats(sandbox.demoBusinessId()).stream()
                    .map(SandboxChat::chatId).limit(30).toList();
            Map<Long, List<String>> expected = new LinkedHashMap<>();
            List<OutboxItem> items = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                long chatId = chats.get(i % chats.size());
                String label;
                if (i % 6 == 5) {
                    label = "photo-" + i + ".txt";
                    Path file = Files.writeString(desktop.resolve(label), "file " + i, StandardCharsets.UTF_8);
                    items.add(services.outbox().sendFile(chatId, file));
                } else {
                    label = "Ответ номер " + i;
                    items.add(services.outbox().sendText(chatId, label));
                }
                expected.computeIfAbsent(chatId, id -> new ArrayList<>()).add(label);
            }

            await().atMost(PATIENCE).until(() -> items.stream().allMatch(item ->
                    services.store().outbox().find(item.id()).orElseThrow().state() == OutboxState.SENT));

            sandbox.buyerSimulator().ifPresent(BuyerSimulator::stop);
            sandbox.faults().clear();
            services.sync().refreshNow();
            await().atMost(PATIENCE).untilAsserted(() -> assertStoreEqualsSandbox(sandbox, services));

            expected.forEach((chatId, labels) -> assertThat(partnerLabels(sandbox, chatId))
                    .as("chat %d: each item once, in the order it was sent", chatId)
                    .containsExactlyElementsOf(labels));
        }
    }

    private static List<String> partnerLabels(SandboxServer sandbox, long chatId) {
        return sandbox.state().history(chatId).stream()
                .filter(message -> message.sender() == MessageSender.PARTNER)
                .filter(message -> message.text() != null && message.text().startsWith("Ответ номер ")
                        || message.attachments().stream().anyMatch(file -> file.name().startsWith("photo-")))
                .map(message -> message.text() != null ? message.text() : message.attachments().get(0).name())
                .toList();
    }

    private static void assertStoreEqualsSandbox(SandboxServer sandbox, AccountServices services) {
        List<SandboxChat> chats = sandbox.state().chats(sandbox.demoBusinessId());
        assertThat(chats).hasSize(services.store().chatList().countByGroup(ChatQuery.of(ChatGroup.ALL)).all());
        for (SandboxChat chat : chats) {
            ChatSummary stored = services.store().chats().find(chat.chatId()).orElseThrow();
            assertThat(stored.status()).as("status of chat %d", chat.chatId()).isEqualTo(chat.status());
            assertThat(stored.updatedAt().toInstant().truncatedTo(ChronoUnit.MILLIS)).as("updatedAt of chat %d",
                    chat.chatId()).isEqualTo(chat.updatedAt().truncatedTo(ChronoUnit.MILLIS));
            List<SandboxMessage> history = sandbox.state().history(chat.chatId());
            List<StoredMessage> messages = services.store().messages().page(chat.chatId(), null, history.size() + 10);
            assertThat(messages).extracting(StoredMessage::messageId).as("messages of chat %d", chat.chatId())
                    .containsExactlyElementsOf(history.stream().map(SandboxMessage::messageId).toList());
            assertThat(messages).extracting(StoredMessage::text)
                    .containsExactlyElementsOf(history.stream().map(SandboxMessage::text).toList());
            assertThat(messages).extracting(message -> message.attachments().size())
                    .containsExactlyElementsOf(history.stream().map(m -> m.attachments().size()).toList());
        }
    }
}
