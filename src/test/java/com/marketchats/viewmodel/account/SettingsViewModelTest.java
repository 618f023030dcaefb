package com.marketchats.viewmodel.account;

import com.marketchats.testing.MemoryVault;
import com.marketchats.i18n.I18n;
import com.marketchats.service.autostart.Autostart;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.NotificationOptions;
import com.marketchats.service.settings.QuickReply;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.service.settings.Theme;
import com.marketchats.testing.DemoCabinet;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final AccountRef SHOP = new AccountRef("a1", "Чайники", 111, "https://api.partner.market.yandex.ru", false);
    private static final AccountRef OTHER = new AccountRef("a2", "", 222, "https://api.partner.market.yandex.ru", false);

    @TempDir
    Path folder;

    private SettingsStore store;
    private MemoryVault vault;

    @BeforeEach
    void saveTwoCabinets() {
        store = new SettingsStore(folder);
        vault = new MemoryVault();
        vault.save(SHOP.id(), "ACMA:shop");
        vault.save(OTHER.id(), "ACMA:other");
        store.save(AppSettings.defaults(List.of(new QuickReply("Привет", "Здравствуйте, {buyerName}!")))
                .withAccount(SHOP).withAccount(OTHER).withLastAccountId(SHOP.id()));
    }

    @Test
    void showsWhatIsSavedAndIsNotDirty() {
        SettingsViewModel model = model();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.languageProperty().get()).isEqualTo(LanguageChoice.SYSTEM);
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(model.enterSendsProperty().get()).isTrue();
        assertThat(model.notificationsProperty().get()).isTrue();
        assertThat(model.replies().items()).containsExactly(new ReplyItem("Привет", "Здравствуйте, {buyerName}!"));
        assertThat(model.accounts().rows()).extracting(AccountRow::name).containsExactly("Чайники", "Кабинет 222");
        assertThat(model.accounts().rows()).extracting(AccountRow::detail)
                .containsExactly("Номер кабинета 111", "Номер кабинета 222");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aFirstStartOffersTheDefaultRepliesInTheUsersLanguage() throws IOException {
        Files.delete(store.file());

        SettingsViewModel model = model();

        assertThat(model.replies().items()).extracting(ReplyItem::title)
                .containsExactly("Приветствие", "Заказ отправлен", "Возврат получен");
        assertThat(model.replies().items().get(1).text()).contains("{orderId}");
        assertThat(DefaultQuickReplies.of(I18n.forLocale(Locale.ENGLISH))).extracting(QuickReply::title)
                .containsExactly("Greeting", "Order shipped", "Return received");
    }

    @Test
    void editsMakeItDirtyAndASaveWritesThem() {
        SettingsViewModel model = model();
        List<AppSettings> saved = new ArrayList<>();

        model.languageProperty().set(LanguageChoice.ENGLISH);
        model.themeProperty().set(ThemeChoice.DARK);
        model.enterSendsProperty().set(false);
        model.notificationsProperty().set(false);
        model.hideTextProperty().set(true);
        model.soundProperty().set(false);
        assertThat(model.dirtyProperty().get()).isTrue();
        model.save(saved::add);

        AppSettings onDisk = store.load(List::of);
        assertThat(saved).containsExactly(onDisk);
        assertThat(onDisk.language()).isEqualTo("en");
        assertThat(onDisk.theme()).isEqualTo(Theme.DARK);
        assertThat(onDisk.enterSends()).isFalse();
        assertThat(onDisk.notifications()).isFalse();
        assertThat(onDisk.notificationOptions()).isEqualTo(new NotificationOptions(true, false));
        assertThat(onDisk.lastAccountId()).isEqualTo(SHOP.id());
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.savedProperty().get()).isTrue();
        model.notificationsProperty().set(true);
        assertThat(model.savedProperty().get()).as("a new edit").isFalse();
    }

    @Test
    void undoingAnEditIsNotDirty() {
        SettingsViewModel model = model();

        model.themeProperty().set(ThemeChoice.LIGHT);
        model.themeProperty().set(ThemeChoice.SYSTEM);

        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void quickRepliesNeedATitleAndAText() {
        QuickRepliesEditor replies = model().replies();

        assertThat(replies.add(" ", "текст")).isFalse();
        assertThat(replies.problemProperty().get()).isEqualTo("Дайте ответу название.");
        assertThat(replies.add("Название", "")).isFalse();
        assertThat(replies.problemProperty().get()).isEqualTo("Напишите текст ответа.");
        assertThat(replies.update(0, "Привет", " ")).isFalse();

        assertThat(replies.items()).containsExactly(new ReplyItem("Привет", "Здравствуйте, {buyerName}!"));
    }

    @Test
    void quickRepliesAreAddedChangedMovedAndRemoved() {
        SettingsViewModel model = model();
        QuickRepliesEditor replies = model.replies();

        assertThat(replies.add(" Срок ", "Доставим за 2 дня")).isTrue();
        assertThat(replies.problemProperty().get()).isEmpty();
        assertThat(replies.add("Спасибо", "Спасибо за заказ {orderId}!")).isTrue();
        assertThat(replies.update(0, "Привет!", "Добрый день, {buyerName}!")).isTrue();
        replies.move(2, 0);
        replies.remove(1);
        replies.move(5, 0);

        assertThat(replies.items()).containsExactly(
                new ReplyItem("Спасибо", "Спасибо за заказ {orderId}!"),
                new ReplyItem("Срок", "Доставим за 2 дня"));
        model.save(settings -> { });
        assertThat(store.load(List::of).quickReplies()).containsExactly(
                new QuickReply("Спасибо", "Спасибо за заказ {orderId}!"),
                new QuickReply("Срок", "Доставим за 2 дня"));
    }

    @Test
    void aRenamedCabinetKeepsItsKeyAndShowsTheNewName() {
        SettingsViewModel model = model();

        model.accounts().rename(OTHER.id(), "Посуда");
        model.save(settings -> { });

        assertThat(model.accounts().rows()).extracting(AccountRow::name).containsExactly("Чайники", "Посуда");
        assertThat(store.load(List::of).account(OTHER.id())).map(AccountRef::label).contains("Посуда");
        assertThat(vault.read(OTHER.id())).contains("ACMA:other");
    }

    @Test
    void cabinetsAddedOrRemovedByTheAppShowAtOnceAndASaveKeepsThemAndTheRename() {
        SettingsViewModel model = model();
        SimpleObjectProperty<AppSettings> live = new SimpleObjectProperty<>(store.load(List::of));
        model.followCabinets(live);
        model.accounts().rename(OTHER.id(), "Посуда");
        AccountRef added = new AccountRef("new", "Новый", 333, "https://api.partner.market.yandex.ru", false);

        live.set(live.get().withAccounts(List.of(OTHER, added)));

        assertThat(model.accounts().rows()).extracting(AccountRow::name).containsExactly("Посуда", "Новый");
        assertThat(model.dirtyProperty().get()).as("the rename is still to save").isTrue();
        model.save(settings -> { });
        assertThat(store.load(List::of).accounts()).extracting(AccountRef::label).containsExactly("Посуда", "Новый");
    }

    @Test
    void aFailedSaveIsReported() throws IOException {
        SettingsViewModel model = model();
        // The folder holds the cabinets' manifests besides the settings: empty it all.
        try (Stream<Path> saved = Files.walk(folder)) {
            for (Path path : saved.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Files.writeString(folder, "a file where the folder was");

        model.themeProperty().set(ThemeChoice.DARK);
        model.save(settings -> { });

        assertThat(model.errorTextProperty().get()).contains("Не удалось сохранить настройки");
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    private SettingsViewModel model() {
        return new SettingsViewModel(store, DemoCabinet.synchronousUi(RUSSIAN, Clock.systemUTC()),
                Autostart.unavailable());
    }
}
