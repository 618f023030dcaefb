package com.marketchats.service.outbox;

import com.marketchats.api.ApiCredentials;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.store.AccountFiles;
import com.marketchats.store.StoreFile;
import com.marketchats.store.StoreRecovery;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the app's own wiring ({@link AccountServices}) against the sandbox: replies queued before the
 * sender ever ran are still sent, exactly once and in order, after junk overwrote the start of
 * {@code chats.db} between two runs, because they live in {@code outbox.db}.
 */
class DamagedStoreSendTest {

    @TempDir
    Path dataDir;

    private SandboxServer server;
    private AccountServices services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void repliesQueuedBeforeTheChatDatabaseWasDamagedAreSentOnceInOrder() throws IOException {
        server = SandboxServer.start(SandboxConfig.builder().dataset(SandboxChats.emptyChats(1)).build());
        long chat = SandboxChats.chatIds(server).get(0);
        List<String> texts = List.of("Добрый день!", "Заказ собран.", "Отправим сегодня до 18:00.");
        // Not started: nothing can be sent, as with the network down before the app was closed.
        services = AccountServices.open(settings());
        for (String text : texts) {
            services.outbox().sendText(chat, text);
        }
        services.close();
        services = null;
        assertThat(SandboxChats.arrived(server, chat)).isEmpty();
        junkOverTheStart(AccountFiles.of(dataDir, server.demoBusinessId()).database());

        services = AccountServices.open(settings());
        StoreRecovery recovery = services.storeRecovery().orElseThrow();
        assertThat(recovery.movedAside(StoreFile.CHATS)).isPresent();
        assertThat(recovery.movedAside(StoreFile.OUTBOX)).isEmpty();
        assertThat(recovery.unsentRepliesKept()).isEqualTo(3);
        services.start();

        Awaitility.await("the kept replies arrive").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(SandboxChats.arrived(server, chat)).containsExactlyElementsOf(texts));
        Awaitility.await("the outbox knows them sent").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> services.store().outbox().pending().isEmpty());
        assertThat(SandboxChats.arrived(server, chat)).containsExactlyElementsOf(texts);
    }

    private AccountServices.Settings settings() {
        return AccountServices.Settings.of(server.baseUrl(), server.demoBusinessId(),
                        ApiCredentials.apiKey(server.demoApiKey()), dataDir)
                .withOutbox(RealOutbox.fastSettings(Duration.ofMillis(300)));
    }

    private static void junkOverTheStart(Path file) throws IOException {
        byte[] junk = new byte[8 * 1024];
        new Random(5).nextBytes(junk);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(junk);
        }
    }
}
