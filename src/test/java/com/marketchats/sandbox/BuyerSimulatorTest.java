package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Simulated buyers write into chats and open new DIRECT chats at the configured, scaled pace. */
class BuyerSimulatorTest {

    private static final long BUSINESS = 1L;

    @Test
    void thePaceIsPerScaledMinute() {
        SandboxState state = new SandboxState();

        BuyerSimulator simulator = new BuyerSimulator(state, BUSINESS, 6, Duration.ofSeconds(36));

        // One scaled minute is 36 s / 60 = 600 ms; six messages in it are 100 ms apart.
        assertThat(simulator.interval()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void buyersWriteMessagesAndOpenDirectChats() {
        SandboxState state = new SandboxState();
        state.addBusiness(BUSINESS);
        new DemoData().populate(state, BUSINESS);
        long messagesBefore = state.messageCount();
        long lastDemoChat = state.chats(BUSINESS).stream().mapToLong(SandboxChat::chatId).max().orElseThrow();

        try (BuyerSimulator simulator = new BuyerSimulator(state, BUSINESS, 600, Duration.ofSeconds(6), new Random(3))) {
            simulator.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.chatsOpened() >= 1 && simulator.messagesWritten() >= 20);
            simulator.stop();

            assertThat(simulator.isRunning()).isFalse();
            assertThat(state.messageCount()).isEqualTo(messagesBefore + simulator.messagesWritten());
        }
        assertThat(state.chats(BUSINESS)).filteredOn(c -> c.chatId() > lastDemoChat).isNotEmpty().allSatisfy(chat -> {
            assertThat(chat.context().type()).isEqualTo(ChatContextType.DIRECT);
            assertThat(state.history(chat.chatId()).get(0).sender()).isEqualTo(MessageSender.CUSTOMER);
        });
    }

    @Test
    void aServerConfiguredWithBuyersShowsNewMessagesToClients() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder()
                .hourLength(Duration.ofSeconds(6)).buyerMessagesPerMinute(300).build())) {
            SandboxHttp http = new SandboxHttp(server);
            long before = server.state().messageCount();

            await().atMost(Duration.ofSeconds(10)).until(() -> server.state().messageCount() >= before + 5);

            assertThat(server.buyerSimulator()).get().extracting(BuyerSimulator::isRunning).isEqualTo(true);
            int waiting = http.post("chats?limit=20", "{\"statuses\":[\"WAITING_FOR_PARTNER\"]}").result().get("chats").size();
            assertThat(waiting).isPositive();
            assertThat(server.state().chats(server.demoBusinessId()))
                    .anySatisfy(c -> assertThat(c.status()).isEqualTo(ChatStatus.WAITING_FOR_PARTNER));
        }
    }
}
