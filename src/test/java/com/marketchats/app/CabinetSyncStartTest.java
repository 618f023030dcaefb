package com.marketchats.app;

import com.marketchats.api.ApiOperation;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.testing.MemoryVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A window's cabinets start syncing once it has painted its first chats ({@link CabinetSessions#forWindow}):
 * before, they only read their store; a cabinet closed meanwhile never starts. Sessions without a window start at once.
 */
class CabinetSyncStartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Long enough for a started sync to have asked for the chat list many times over. */
    private static final Duration QUIET = Duration.ofMillis(1_500);

    @TempDir
    Path data;

    private SandboxServer server;
    private AccountRef shop;
    private MemoryVault vault;
    private CabinetSessions sessions;

    @BeforeEach
    void cabinet() {
        server = SandboxServer.start(SandboxConfig.defaults());
        shop = new AccountRef("shop", "Посуда", server.demoBusinessId(), server.baseUrl(), false);
        vault = new MemoryVault();
        vault.save(shop.id(), server.demoApiKey());
    }

    @AfterEach
    void close() {
        if (sessions != null) {
            sessions.close();
        }
        server.close();
    }

    @Test
    void aWindowsCabinetAsksTheApiNothingUntilTheWindowHasPaintedThenSyncs() {
        sessions = CabinetSessions.forWindow(data, vault, false);

        sessions.open(shop);

        await().during(QUIET).atMost(QUIET.multipliedBy(2)).until(() -> chatListRequests() == 0);
        sessions.windowPainted();
        await().atMost(PATIENCE).until(() -> chatListRequests() > 0);
    }

    @Test
    void aCabinetClosedBeforeTheWindowPaintedNeverStarts() {
        sessions = CabinetSessions.forWindow(data, vault, false);
        sessions.open(shop);
        sessions.close(shop);

        sessions.windowPainted();

        await().during(QUIET).atMost(QUIET.multipliedBy(2)).until(() -> chatListRequests() == 0);
    }

    @Test
    void aCabinetOpenedAfterTheWindowPaintedAndSessionsWithoutAWindowSyncAtOnce() {
        sessions = CabinetSessions.forWindow(data, vault, false);
        sessions.windowPainted();
        sessions.open(shop);
        await().atMost(PATIENCE).until(() -> chatListRequests() > 0);
        sessions.close();

        long before = chatListRequests();
        sessions = new CabinetSessions(data.resolve("other"), vault, false);
        sessions.open(shop);
        await().atMost(PATIENCE).until(() -> chatListRequests() > before);
        assertThat(chatListRequests()).isGreaterThan(before);
    }

    private long chatListRequests() {
        return server.answers().forOperation(ApiOperation.GET_CHATS);
    }
}
