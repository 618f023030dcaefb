package com.marketchats.viewmodel.account;

import com.marketchats.service.autostart.Autostart;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.ReplyTarget;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.service.settings.WorkingDay;
import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A cabinet's reply target edited in Settings: valid input saved per cabinet, invalid input refused. */
class ReplyTargetSettingsTest {

    private static final AccountRef SHOP = new AccountRef("a1", "Чайники", 111, "https://api.partner.market.yandex.ru", false);
    private static final AccountRef OTHER = new AccountRef("a2", "", 222, "https://api.partner.market.yandex.ru", false);

    @TempDir
    Path folder;

    private SettingsStore store;
    private SettingsViewModel model;
    private ReplyTargetEditor editor;

    @BeforeEach
    void open() {
        store = new SettingsStore(folder);
        store.save(AppSettings.defaults(List.of()).withAccount(SHOP).withAccount(OTHER));
        model = new SettingsViewModel(store, DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), Clock.systemUTC()),
                Autostart.unavailable());
        editor = model.accounts().replyTarget();
    }

    @Test
    void showsTheDefaultsOfTheSelectedCabinet() {
        assertThat(editor.editingProperty().get()).isFalse();

        model.accounts().select(OTHER.id());

        assertThat(editor.editingProperty().get()).isTrue();
        assertThat(editor.answerWithinProperty().get()).isEqualTo("1:00");
        assertThat(editor.warnBeforeProperty().get()).isEqualTo("15");
        assertThat(editor.days()).extracting(WeekdayHours::name).startsWith("пн", "вт");
        assertThat(editor.days()).allSatisfy(day -> {
            assertThat(day.on().get()).isTrue();
            assertThat(day.from().get()).isEqualTo("09:00");
            assertThat(day.to().get()).isEqualTo("21:00");
        });
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void validEditsAreSavedForThatCabinetOnly() {
        model.accounts().select(OTHER.id());
        editor.answerWithinProperty().set("2:30");
        editor.warnBeforeProperty().set("20");
        editor.days().get(DayOfWeek.SUNDAY.ordinal()).on().set(false);
        editor.days().get(DayOfWeek.SATURDAY.ordinal()).to().set("16:00");
        assertThat(model.dirtyProperty().get()).isTrue();

        model.save(settings -> { });

        ReplyTarget saved = store.load(List::of).account(OTHER.id()).orElseThrow().replyTarget();
        assertThat(saved.answerWithin()).isEqualTo(Duration.ofMinutes(150));
        assertThat(saved.warnBefore()).isEqualTo(Duration.ofMinutes(20));
        assertThat(saved.day(DayOfWeek.SUNDAY).on()).isFalse();
        assertThat(saved.day(DayOfWeek.SATURDAY)).isEqualTo(new WorkingDay(DayOfWeek.SATURDAY, true, 540, 960));
        assertThat(store.load(List::of).account(SHOP.id()).orElseThrow().replyTarget()).isEqualTo(ReplyTarget.DEFAULT);
    }

    @Test
    void invalidInputIsRefusedWithAMessageAndTheLastValidTargetIsKept() {
        model.accounts().select(SHOP.id());
        editor.answerWithinProperty().set("45");
        editor.answerWithinProperty().set("49:00");
        assertThat(editor.errorProperty().get()).contains("от 0:05 до 48:00");

        editor.answerWithinProperty().set("0:03");
        assertThat(editor.errorProperty().get()).contains("от 0:05 до 48:00");

        editor.answerWithinProperty().set("0:45");
        editor.warnBeforeProperty().set("50");
        assertThat(editor.errorProperty().get()).contains("меньше срока ответа");

        editor.warnBeforeProperty().set("10");
        editor.days().get(0).from().set("22:00");
        assertThat(editor.errorProperty().get()).contains("пн");
        editor.days().get(0).from().set("9:00");
        assertThat(editor.errorProperty().get()).isNull();

        editor.days().forEach(day -> day.on().set(false));
        assertThat(editor.errorProperty().get()).contains("хотя бы один рабочий день");
        editor.days().get(2).on().set(true);
        editor.days().get(4).to().set("24:61");
        model.save(settings -> { });

        ReplyTarget saved = store.load(List::of).account(SHOP.id()).orElseThrow().replyTarget();
        assertThat(saved.answerWithin()).isEqualTo(Duration.ofMinutes(45));
        assertThat(saved.warnBefore()).isEqualTo(Duration.ofMinutes(10));
        assertThat(saved.days()).filteredOn(WorkingDay::on).extracting(WorkingDay::day)
                .containsExactly(DayOfWeek.WEDNESDAY);
    }
}
