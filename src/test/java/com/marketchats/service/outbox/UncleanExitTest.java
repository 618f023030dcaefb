package com.marketchats.service.outbox;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.store.NewOutboxItem;
import com.marketchats.store.OutboxItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After an unclean exit the store's word on what went out is not trusted: a store that lost its last
 * commits holds a delivered reply as queued and never tried. Started with {@code afterUncleanExit}, the
 * sender finds such a reply in the chat's history instead of sending it again.
 */
class UncleanExitTest {

    @TempDir
    Path dataDir;
    private SandboxServer server;
    private RealOutbox outbox;

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDeliveredReplyTheStoreForgotIsFoundInTheHistoryNotSentAgain() {
        server = SandboxServer.start(SandboxConfig.builder().dataset(SandboxChats.emptyChats(1)).build());
        long chat = SandboxChats.chatIds(server).get(0);
        outbox = new RealOutbox(server.baseUrl(), server.demoBusinessId(), server.demoApiKey(), dataDir,
                Duration.ofHours(1), RealOutbox.fastSettings(Duration.ofMillis(200)));
        OutboxItem delivered = outbox.store.outbox().enqueue(NewOutboxItem.text(chat, "Отправлено до сбоя", "fp-1"));
        outbox.store.outbox().enqueue(NewOutboxItem.text(chat, "Ещё не отправлено", "fp-2"));
        // The server has the first one: it was delivered, then the store lost that commit.
        server.state().seedMessage(chat, Instant.now(), MessageSender.PARTNER, "Отправлено до сбоя", List.of());
        assertThat(delivered.attempts()).isZero();

        outbox.sender.start(true);

        await().atMost(Duration.ofSeconds(15)).until(() -> outbox.allSent(List.of(chat)));
        assertThat(SandboxChats.arrived(server, chat)).containsExactly("Отправлено до сбоя", "Ещё не отправлено");
        assertThat(outbox.store.outbox().find(delivered.id()).orElseThrow().serverMessageId())
                .as("linked to the message that was already there").isNotNull();
    }
}
