package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The window as a whole: which cabinet is on screen, its title, and what happens when one cannot open. */
class MainViewModelTest {

    private static final AccountRef DEMO = new AccountRef("demo", "", 2_481_632L, "http://127.0.0.1", true);
    private static final AccountRef SHOP = new AccountRef("shop", "Мой магазин", 777L, "https://api.example", false);

    @TempDir
    static Path cabinetFolder;
    private static DemoCabinet cabinet;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(cabinetFolder);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @Test
    void theDemoCabinetComesOnScreenWithItsUnreadCountInTheTitle() {
        MainViewModel model = model(new Opener(cabinet.inbox()));

        model.open(List.of(DEMO), null);

        assertThat(model.activeModelsProperty().get()).isNotNull();
        assertThat(model.demoProperty().get()).isTrue();
        await().until(() -> model.titleProperty().get().matches("Market Chats \\(\\d+\\) — Demo cabinet"));
        model.dispose();
    }

    @Test
    void aCabinetThatCannotOpenSaysSoByName() {
        MainViewModel model = model(new Opener(null));

        model.open(List.of(SHOP), null);

        assertThat(model.activeModelsProperty().get()).isNull();
        assertThat(model.errorTextProperty().get()).contains("Мой магазин").contains("Restart the app");
    }

    @Test
    void aConnectedCabinetReplacesTheDemoAndIsRemembered() {
        Opener opener = new Opener(cabinet.inbox());
        MainViewModel model = model(opener);
        model.open(List.of(DEMO), null);

        model.addCabinet(SHOP);

        assertThat(model.cabinets()).extracting(entry -> entry.account().id()).containsExactly("shop");
        assertThat(model.activeProperty().get().account()).isEqualTo(SHOP);
        await().until(() -> opener.closed.contains("demo"));
        await().until(() -> new SettingsStore(dataDirectory).load(List::of).account("shop").isPresent());
        assertThat(new SettingsStore(dataDirectory).load(List::of).lastAccountId()).isEqualTo("shop");
        model.dispose();
    }

    private MainViewModel model(CabinetOpener opener) {
        return new MainViewModel(DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()), opener,
                new SettingsStore(dataDirectory), AppSettings.defaults(List.of()), notification -> { });
    }

    /** Opens every cabinet on the one demo inbox, or fails when it has none. */
    private static final class Opener implements CabinetOpener {

        private final ChatInbox inbox;
        private final Set<String> closed = ConcurrentHashMap.newKeySet();

        Opener(ChatInbox inbox) {
            this.inbox = inbox;
        }

        @Override
        public ChatInbox open(AccountRef account) {
            if (inbox == null) {
                throw new IllegalStateException("no API key stored for cabinet " + account.businessId());
            }
            return inbox;
        }

        @Override
        public void close(AccountRef account) {
            closed.add(account.id());
        }
    }
}
