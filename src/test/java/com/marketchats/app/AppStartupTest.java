package com.marketchats.app;

import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class AppStartupTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AccountRef SHOP = new AccountRef("shop", "Shop", 42L, "https://api.partner.market.yandex.ru", false);

    @TempDir
    Path data;

    private AppStartup startup;

    @AfterEach
    void close() {
        startup.sessions().close();
        startup.background().shutdownNow();
    }

    @Test
    void readsTheSettingsAndOpensTheDemoCabinetWithoutBeingAsked() throws Exception {
        startup = AppStartup.begin(AppOptions.parse(List.of("--demo", "--data-dir=" + data)));

        AppSettings settings = startup.settings().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(startup.firstRun()).isTrue();
        assertThat(settings.accounts()).isEmpty();
        assertThat(startup.cabinetsToOpen(settings)).containsExactly(CabinetSessions.demoAccount());
        await().atMost(PATIENCE).until(() -> startup.sessions().demoSandbox().isPresent());
    }

    @Test
    void opensTheConnectedCabinetsFromTheSavedSettingsAndLeavesAFailedOpeningToTheWindow() throws Exception {
        SettingsStore store = new SettingsStore(data);
        store.save(store.load(List::of).withAccounts(List.of(SHOP)).withLanguage("en"));

        startup = AppStartup.begin(AppOptions.parse(List.of("--data-dir=" + data)));

        AppSettings settings = startup.settings().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(startup.firstRun()).isFalse();
        assertThat(settings.language()).isEqualTo("en");
        assertThat(startup.cabinetsToOpen(settings)).containsExactly(SHOP);
        // No key is stored for the shop: the early opening fails quietly, and the window's own request says so.
        startup.background().shutdown();
        assertThat(startup.background().awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> startup.sessions().open(SHOP))
                .hasMessageContaining("no API key stored for cabinet 42");
    }
}
