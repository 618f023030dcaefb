package com.marketchats.service.outbox;

import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole outbox against the sandbox over HTTP, through the request budget, with the sandbox's faults
 * on: 500s, cut connections, writes applied whose answer is lost, slow answers.
 */
class OutboxSandboxTest {

    private static final int CHATS = 30;

    @TempDir
    Path dataDir;

    private SandboxServer server;
    private RealOutbox real;

    @AfterEach
    void close() {
        if (real != null) {
            real.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a100MessagesAnd20FilesAcross30ChatsAllArriveExactlyOnceInOrderThroughFaults() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder()
                .dataset(SandboxChats.emptyChats(CHATS))
                .faults(FaultPlan.NONE.withFailureRate(0.2).withResetRate(0.1).withFailAfterCommitRate(0.15)
                        .withRandomDelayMax(Duration.ofMillis(40)))
                .build());
        real = new RealOutbox(server.baseUrl(), server.demoBusinessId(), server.demoApiKey(), dataDir,
                Duration.ofHours(1), RealOutbox.fastSettings(Duration.ofMillis(300)));
        List<Long> chats = SandboxChats.chatIds(server);
        real.sender.start();

        Map<Long, List<String>> expected = new HashMap<>();
        for (int i = 0; i < 120; i++) {
            long chat = chats.get(i % CHATS);
            String what;
            if (i % 6 == 5) {
                Path file = file("scan-" + i + ".pdf", 1_000 + i * 300);
                real.outbox.sendFile(chat, file);
                what = file.getFileName().toString();
            } else {
                what = "Сообщение " + i + " в чат " + chat;
                real.outbox.sendText(chat, what);
            }
            expected.computeIfAbsent(chat, c -> new ArrayList<>()).add(what);
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> real.allSent(chats));

        for (long chat : chats) {
            assertThat(SandboxChats.arrived(server, chat)).as("chat %d", chat).containsExactlyElementsOf(expected.get(chat));
            assertThat(server.state().partnerMessageCount(chat)).isEqualTo(expected.get(chat).size());
        }
        assertThat(chats.stream().flatMap(chat -> real.store.outbox().linkedServerMessageIds(chat).stream()))
                .as("answers lost after the write were settled from the history").isNotEmpty();
        assertThat(server.answers().withStatus(500)).as("faults happened").isPositive();
        assertThat(server.answers().resets()).as("connections were cut").isPositive();
        assertThat(server.answers().withStatus(420)).as("the budget kept every send within the limits").isZero();
    }

    private Path file(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return Files.write(Files.createDirectories(dataDir.resolve("desktop")).resolve(name), bytes);
    }
}
