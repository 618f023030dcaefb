package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.autostart.Autostart;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.QuickReply;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.window.CabinetViewModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick-reply editor over a real settings folder: what is typed is what the one Save writes and a
 * restart shows, and the built-in replies follow the window's language until the seller edits one.
 */
class QuickReplyEditingTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    Path folder;

    @Test
    void anEditTypedIntoTheFormSurvivesClosingAndReopeningTheApp() {
        new SettingsStore(folder).save(AppSettings.defaults(DefaultQuickReplies.of(I18n.forLocale(RUSSIAN))));
        SettingsViewModel model = model(RUSSIAN);

        assertThat(model.replies().typed(0, "Привет", "Добрый день, {buyerName|покупатель}!")).isZero();
        assertThat(model.dirtyProperty().get()).isTrue();
        model.save();

        SettingsViewModel reopened = model(RUSSIAN);
        assertThat(reopened.replies().items().get(0)).isEqualTo(
                new ReplyItem("Привет", "Добрый день, {buyerName|покупатель}!"));
        assertThat(reopened.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewReplyJoinsTheListOnceItHasATitleAndAText() {
        new SettingsStore(folder).save(AppSettings.defaults(List.of()));
        SettingsViewModel model = model(RUSSIAN);

        assertThat(model.replies().typed(-1, "Срок", "")).isEqualTo(-1);
        assertThat(model.replies().items()).isEmpty();
        assertThat(model.replies().typed(-1, "Срок", "Д")).isZero();
        assertThat(model.replies().typed(0, "Срок", "Доставим за 2 дня")).isZero();
        model.save();

        assertThat(new SettingsStore(folder).load(List::of).quickReplies())
                .containsExactly(new QuickReply("Срок", "Доставим за 2 дня"));
    }

    @Test
    void theBuiltInRepliesFollowTheLanguageAndAnEditedOneStaysAsWritten() {
        new SettingsStore(folder).save(AppSettings.defaults(DefaultQuickReplies.of(I18n.forLocale(Locale.ENGLISH))));
        SettingsViewModel russian = model(RUSSIAN);
        assertThat(russian.replies().items()).extracting(ReplyItem::title)
                .containsExactly("Приветствие", "Заказ отправлен", "Возврат получен");

        russian.replies().typed(1, "Отправили", "Заказ {orderId} уже в пути.");
        russian.save();

        assertThat(model(Locale.ENGLISH).replies().items()).extracting(ReplyItem::title)
                .containsExactly("Greeting", "Отправили", "Return received");
        assertThat(menuTitles(Locale.ENGLISH)).containsExactly("Greeting", "Отправили", "Return received");
        assertThat(menuTitles(RUSSIAN)).containsExactly("Приветствие", "Отправили", "Возврат получен");
    }

    @Test
    void builtInRepliesSavedBeforeTheyHadNamesAreRecognisedWordForWord() {
        List<QuickReply> unnamed = DefaultQuickReplies.of(I18n.forLocale(Locale.ENGLISH)).stream()
                .map(reply -> new QuickReply(reply.title(), reply.text())).toList();
        new SettingsStore(folder).save(AppSettings.defaults(List.of(unnamed.get(0),
                new QuickReply(unnamed.get(1).title(), unnamed.get(1).text() + " Thanks!"))));

        assertThat(model(RUSSIAN).replies().items()).extracting(ReplyItem::title)
                .containsExactly("Приветствие", "Order shipped");
    }

    /** The titles the compose box's ⚡ menu shows for the saved replies in a window of that language. */
    private List<String> menuTitles(Locale language) {
        try (DemoCabinet cabinet = DemoCabinet.open(folder.resolve("demo-" + language))) {
            CabinetViewModels models = new CabinetViewModels(cabinet.inbox(),
                    DemoCabinet.synchronousUi(language, Clock.systemUTC()), notification -> { });
            models.setQuickReplies(new SettingsStore(folder).load(List::of).quickReplies());
            List<String> titles = List.copyOf(models.compose().quickReplyTitles());
            models.dispose();
            return titles;
        }
    }

    private SettingsViewModel model(Locale language) {
        return new SettingsViewModel(new SettingsStore(folder),
                DemoCabinet.synchronousUi(language, Clock.systemUTC()), Autostart.unavailable());
    }
}
