package com.marketchats.app;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.store.ChatStore;
import com.marketchats.store.NewOutboxItem;
import com.marketchats.store.StoreOpener;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.MemoryVault;
import com.marketchats.viewmodel.window.MainViewModel;
import com.marketchats.viewmodel.window.WindowNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the app had to recover reaches the seller as a banner, through the app's own wiring: a damaged
 * chats.db of a real cabinet (its unsent replies kept and sent once) and a truncated settings.json
 * (the cabinet restored from the backup instead of a silent switch to the demo).
 */
class RecoveryBannerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path data;
    private SandboxServer server;
    private CabinetSessions sessions;
    private AppStartup startup;

    @AfterEach
    void close() {
        if (sessions != null) {
            sessions.close();
        }
        if (startup != null) {
            startup.sessions().close();
            startup.background().shutdownNow();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDamagedChatStoreIsToldInABannerAndItsUnsentRepliesGoOnce() throws Exception {
        server = SandboxServer.start(SandboxConfig.defaults());
        AccountRef shop = new AccountRef("shop", "Мой магазин", server.demoBusinessId(), server.baseUrl(), false);
        long chat = server.state().chats(server.demoBusinessId()).get(0).chatId();
        List<String> replies = List.of("Первый ответ", "Второй ответ", "Третий ответ");
        try (ChatStore store = new StoreOpener().open(data, shop.businessId()).store()) {
            for (int i = 0; i < replies.size(); i++) {
                store.outbox().enqueue(NewOutboxItem.text(chat, replies.get(i), "fp-" + i));
            }
            store.drafts().save(chat, "Черновик");
        }
        Path chatsDb = data.resolve("business-" + shop.businessId()).resolve("chats.db");
        try (RandomAccessFile file = new RandomAccessFile(chatsDb.toFile(), "rw")) {
            file.write(new byte[8192]);
        }
        MemoryVault vault = new MemoryVault();
        vault.save(shop.id(), server.demoApiKey());
        sessions = new CabinetSessions(data, vault, false);
        MainViewModel model = new MainViewModel(DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()),
                sessions, new SettingsStore(data), AppSettings.defaults(List.of()).withAccount(shop), notice -> { });

        model.open(List.of(shop), shop.id());

        assertThat(model.notices().shown()).hasSize(1);
        WindowNotice notice = model.notices().shown().get(0);
        assertThat(notice.text()).contains("Мой магазин").contains("unsent replies kept: 3").contains("drafts kept: 1")
                .contains("chats.corrupt-");
        assertThat(notice.folder()).contains(chatsDb.getParent());
        await().atMost(PATIENCE).until(() -> arrived(chat).size() >= replies.size());
        assertThat(arrived(chat)).containsExactlyElementsOf(replies);
        model.notices().dismiss(notice);
        assertThat(model.notices().shown()).isEmpty();
        model.dispose();
    }

    @Test
    void aTruncatedSettingsFileBringsBackTheLastGoodOneWithABannerNotTheDemo() throws Exception {
        AccountRef shop = new AccountRef("shop", "Мой магазин", 777L, "https://api.example", false);
        SettingsStore settings = new SettingsStore(data);
        settings.save(AppSettings.defaults(List.of()).withAccount(shop).withLanguage("ru"));
        settings.save(settings.load(List::of).withLastAccountId(shop.id()));
        Path file = data.resolve(SettingsStore.FILE_NAME);
        byte[] saved = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(saved, saved.length / 2));

        startup = AppStartup.begin(AppOptions.parse(List.of("--data-dir=" + data)));
        AppSettings loaded = startup.settings().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(loaded.accounts()).containsExactly(shop);
        assertThat(startup.cabinetsToOpen(loaded)).containsExactly(shop);
        assertThat(startup.firstRun()).isFalse();
        MainViewModel model = new MainViewModel(DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), Clock.systemDefaultZone()),
                startup.sessions(), settings, loaded, notice -> { });
        startup.settingsStore().recovery().ifPresent(model::settingsRecovered);
        assertThat(model.notices().shown()).singleElement()
                .satisfies(notice -> assertThat(notice.text()).contains("восстановлена предыдущая сохранённая версия")
                        .contains("settings.damaged-"));
    }

    private List<String> arrived(long chat) {
        return server.state().history(chat).stream().filter(message -> message.sender() == MessageSender.PARTNER)
                .map(SandboxMessage::text).filter(text -> text != null && text.endsWith("ответ")).toList();
    }
}
