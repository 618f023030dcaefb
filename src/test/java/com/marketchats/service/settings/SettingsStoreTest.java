package com.marketchats.service.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    private static final List<QuickReply> DEFAULT_REPLIES = List.of(
            new QuickReply("Hello", "Hello, {buyerName}!"),
            new QuickReply("Shipped", "Order {orderId} is on its way."));

    @TempDir
    Path folder;

    @Test
    void backgroundSavesRunInEitherOrderLeaveTheNewestOnDisk() {
        SettingsStore store = new SettingsStore(folder);
        List<Runnable> queued = new ArrayList<>();
        AppSettings older = AppSettings.defaults(DEFAULT_REPLIES).withTheme(Theme.DARK);
        AppSettings newer = older.withDesktop(DesktopOptions.DEFAULTS.withOnClose(CloseAction.TRAY));

        store.saveLater(older, queued::add);
        store.saveLater(newer, queued::add);
        // The second task runs first, as a pool's other thread might.
        queued.get(1).run();
        queued.get(0).run();

        AppSettings loaded = new SettingsStore(folder).load(() -> DEFAULT_REPLIES);
        assertThat(loaded.desktop().onClose()).isEqualTo(CloseAction.TRAY);
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aFirstStartGetsTheDefaultsWithTheGivenReplies() {
        AppSettings settings = new SettingsStore(folder).load(() -> DEFAULT_REPLIES);

        assertThat(settings.language()).isNull();
        assertThat(settings.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(settings.enterSends()).isTrue();
        assertThat(settings.notifications()).isTrue();
        assertThat(settings.quickReplies()).isEqualTo(DEFAULT_REPLIES);
        assertThat(settings.accounts()).isEmpty();
        assertThat(settings.lastAccountId()).isNull();
        assertThat(settings.locale(Locale.forLanguageTag("ru-RU")).getLanguage()).isEqualTo("ru");
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        SettingsStore store = new SettingsStore(folder);
        AccountRef shop = new AccountRef("a1", "Чайники", 1234, "https://api.partner.market.yandex.ru", false);
        AccountRef demo = new AccountRef("demo", "", 1, "http://127.0.0.1:1", true);
        AppSettings saved = AppSettings.defaults(DEFAULT_REPLIES)
                .withLanguage("en").withTheme(Theme.DARK).withEnterSends(false).withNotifications(false)
                .withQuickReplies(List.of(new QuickReply("Возврат", "Возврат {returnId} принят")))
                .withAccount(shop).withAccount(demo).withLastAccountId("a1")
                .withNotificationOptions(new NotificationOptions(true, false));

        store.save(saved);
        AppSettings loaded = store.load(() -> DEFAULT_REPLIES);

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.locale(Locale.forLanguageTag("ru")).getLanguage()).isEqualTo("en");
    }

    @Test
    void aFileFromBeforeTheNotificationOptionsReadsAsTheirDefaults() throws IOException {
        Files.writeString(folder.resolve("settings.json"), "{\"version\":1,\"language\":\"ru\"}");

        AppSettings loaded = new SettingsStore(folder).load(() -> DEFAULT_REPLIES);

        assertThat(loaded.notificationOptions()).isEqualTo(new NotificationOptions(false, true));
    }

    @Test
    void anEmptyReplyListStaysEmptyInsteadOfComingBackAsTheDefaults() {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(List.of()));

        assertThat(store.load(() -> DEFAULT_REPLIES).quickReplies()).isEmpty();
    }

    @Test
    void aDamagedFileIsMovedAsideAndTheDefaultsAreUsed() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "{ \"theme\": \"DARK\", ");

        AppSettings settings = store.load(() -> DEFAULT_REPLIES);

        assertThat(settings).isEqualTo(AppSettings.defaults(DEFAULT_REPLIES));
        assertThat(store.file()).doesNotExist();
        assertThat(store.recovery()).hasValueSatisfying(recovery -> {
            assertThat(recovery.kind()).isEqualTo(SettingsRecovery.Kind.DEFAULTS);
            assertThat(recovery.cabinets()).isEmpty();
            assertThat(recovery.damagedCopy()).hasValueSatisfying(copy -> {
                assertThat(copy.getFileName().toString()).startsWith("settings.damaged-");
                assertThat(copy).hasContent("{ \"theme\": \"DARK\", ");
            });
        });
    }

    @Test
    void missingAndBrokenEntriesTakeTheirDefaultsWithoutLosingTheRest() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), """
                {"language": "de", "theme": "PURPLE", "future": 1,
                 "quickReplies": [{"title": "Hi", "text": "Hello"}, {"title": "", "text": "no title"}],
                 "accounts": [{"id": "a1", "businessId": 5, "baseUrl": "https://x"}, {"id": "broken"}],
                 "lastAccountId": "gone"}
                """, StandardCharsets.UTF_8);

        AppSettings settings = store.load(() -> DEFAULT_REPLIES);

        assertThat(settings.language()).isNull();
        assertThat(settings.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(settings.enterSends()).isTrue();
        assertThat(settings.quickReplies()).containsExactly(new QuickReply("Hi", "Hello"));
        assertThat(settings.accounts()).extracting(AccountRef::id).containsExactly("a1");
        assertThat(settings.lastAccountId()).as("an account no longer listed").isNull();
        assertThat(store.recovery()).isEmpty();
    }

    @Test
    void aSaveLeavesNoTemporaryFileBehindOnlyTheFileAndItsBackup() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(DEFAULT_REPLIES));
        store.save(AppSettings.defaults(DEFAULT_REPLIES).withTheme(Theme.LIGHT));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(SettingsStore.FILE_NAME, SettingsStore.BACKUP_NAME);
        }
        assertThat(store.load(() -> DEFAULT_REPLIES).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theFileHoldsNoKeyOnlyTheAccountsPublicFacts() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        store.save(AppSettings.defaults(DEFAULT_REPLIES)
                .withAccount(new AccountRef("a1", "Shop", 77, "https://api.partner.market.yandex.ru", false)));

        String json = Files.readString(store.file());

        assertThat(json).contains("\"businessId\" : 77").doesNotContainIgnoringCase("key")
                .doesNotContain("ACMA").doesNotContainIgnoringCase("token");
    }

    @Test
    void aLastAccountThatIsRemovedIsForgotten() {
        AccountRef shop = new AccountRef("a1", "Shop", 77, "https://x", false);
        AppSettings settings = AppSettings.defaults(List.of()).withAccount(shop).withLastAccountId("a1");

        assertThat(settings.withAccounts(List.of()).lastAccountId()).isNull();
        assertThat(settings.withAccount(shop.withLabel("Renamed")).accounts())
                .extracting(AccountRef::label).containsExactly("Renamed");
    }
}
