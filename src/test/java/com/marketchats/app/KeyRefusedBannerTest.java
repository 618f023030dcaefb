package com.marketchats.app;

import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.MemoryVault;
import com.marketchats.viewmodel.window.MainViewModel;
import com.marketchats.viewmodel.window.WindowNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A key the API refuses reaches the seller as a banner naming the cabinet and offering the replacement,
 * through the app's own cabinets on the sandbox: 403 for a key of another cabinet says it has no access,
 * and the banner goes once the cabinet restarts with a key that works.
 */
class KeyRefusedBannerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path data;
    private SandboxServer server;
    private CabinetSessions sessions;

    @AfterEach
    void close() {
        if (sessions != null) {
            sessions.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anotherCabinetsKeyIsTold403WithTheReplaceActionAndAWorkingKeyTakesTheBannerAway() {
        server = SandboxServer.start(SandboxConfig.defaults());
        AccountRef shop = new AccountRef("shop", "Посуда", server.demoBusinessId(), server.baseUrl(), false);
        MemoryVault vault = new MemoryVault();
        vault.save(shop.id(), server.keys().issue(server.demoBusinessId() + 1));
        sessions = new CabinetSessions(data, vault, false);
        MainViewModel model = new MainViewModel(DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"),
                Clock.systemDefaultZone()), sessions, new SettingsStore(data),
                AppSettings.defaults(List.of()).withAccount(shop), notice -> { });

        model.open(List.of(shop), shop.id());

        await().atMost(PATIENCE).until(() -> !model.notices().shown().isEmpty());
        WindowNotice notice = model.notices().shown().get(0);
        assertThat(notice.kind()).isEqualTo(WindowNotice.Kind.KEY_REFUSED);
        assertThat(notice.keyAccountId()).contains(shop.id());
        assertThat(notice.text()).contains("«Посуда»").contains("нет доступа к чатам");

        vault.save(shop.id(), server.demoApiKey());
        model.keyReplaced(shop.id());

        await().atMost(PATIENCE).until(() -> model.notices().shown().isEmpty());
        await().atMost(PATIENCE).until(() -> model.activeProperty().get() != null
                && model.activeProperty().get().accountId().equals(shop.id()));
        model.dispose();
    }
}
