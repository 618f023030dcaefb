package com.marketchats.viewmodel.account;

import com.marketchats.service.autostart.Autostart;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.QuietDay;
import com.marketchats.service.settings.QuietHours;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A cabinet's quiet hours edited in Settings: off with the night suggested, saved per cabinet, bad input refused. */
class QuietHoursSettingsTest {

    private static final AccountRef SHOP = new AccountRef("a1", "Чайники", 111, "https://api.partner.market.yandex.ru", false);
    private static final AccountRef OTHER = new AccountRef("a2", "", 222, "https://api.partner.market.yandex.ru", false);

    @TempDir
    Path folder;

    private SettingsStore store;
    private SettingsViewModel model;
    private QuietHoursEditor editor;

    @BeforeEach
    void open() {
        store = new SettingsStore(folder);
        store.save(AppSettings.defaults(List.of()).withAccount(SHOP).withAccount(OTHER));
        model = new SettingsViewModel(store, DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), Clock.systemUTC()),
                Autostart.unavailable());
        editor = model.accounts().quietHours();
    }

    @Test
    void offWithTheNightSuggestedForTheSelectedCabinet() {
        assertThat(editor.editingProperty().get()).isFalse();

        model.accounts().select(OTHER.id());

        assertThat(editor.editingProperty().get()).isTrue();
        assertThat(editor.onProperty().get()).isFalse();
        assertThat(editor.days()).extracting(WeekdayHours::name).startsWith("пн", "вт");
        assertThat(editor.days()).allSatisfy(day -> {
            assertThat(day.on().get()).isTrue();
            assertThat(day.from().get()).isEqualTo("22:00");
            assertThat(day.to().get()).isEqualTo("08:00");
        });
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void switchedOnAndEditedTheyAreSavedForThatCabinetOnly() {
        model.accounts().select(OTHER.id());
        editor.onProperty().set(true);
        editor.days().get(DayOfWeek.FRIDAY.ordinal()).from().set("23:30");
        editor.days().get(DayOfWeek.FRIDAY.ordinal()).to().set("10:00");
        editor.days().get(DayOfWeek.SUNDAY.ordinal()).on().set(false);
        assertThat(model.dirtyProperty().get()).isTrue();

        model.save(settings -> { });

        QuietHours saved = new SettingsStore(folder).load(List::of).account(OTHER.id()).orElseThrow().quietHours();
        assertThat(saved.on()).isTrue();
        assertThat(saved.day(DayOfWeek.FRIDAY)).isEqualTo(new QuietDay(DayOfWeek.FRIDAY, true, 1410, 600));
        assertThat(saved.day(DayOfWeek.SUNDAY).on()).isFalse();
        assertThat(saved.day(DayOfWeek.MONDAY)).isEqualTo(QuietDay.night(DayOfWeek.MONDAY));
        assertThat(store.load(List::of).account(SHOP.id()).orElseThrow().quietHours()).isEqualTo(QuietHours.OFF);

        model.accounts().select(SHOP.id());
        model.accounts().select(OTHER.id());
        assertThat(editor.onProperty().get()).as("shown again as saved").isTrue();
        assertThat(editor.days().get(DayOfWeek.FRIDAY.ordinal()).to().get()).isEqualTo("10:00");
    }

    @Test
    void invalidInputIsRefusedWithAMessageAndTheLastValidHoursAreKept() {
        model.accounts().select(SHOP.id());
        editor.onProperty().set(true);
        editor.days().get(DayOfWeek.MONDAY.ordinal()).to().set("07:00");

        editor.days().get(DayOfWeek.TUESDAY.ordinal()).from().set("25:00");
        assertThat(editor.errorProperty().get()).contains("Тихие часы (вт)");
        editor.days().get(DayOfWeek.TUESDAY.ordinal()).from().set("08:00");
        assertThat(editor.errorProperty().get()).as("starts as it ends").contains("не должен совпадать");
        editor.days().get(DayOfWeek.TUESDAY.ordinal()).from().set("ночь");
        model.save(settings -> { });

        QuietHours saved = store.load(List::of).account(SHOP.id()).orElseThrow().quietHours();
        assertThat(saved.on()).isTrue();
        assertThat(saved.day(DayOfWeek.MONDAY)).isEqualTo(new QuietDay(DayOfWeek.MONDAY, true, 1320, 420));
        assertThat(saved.day(DayOfWeek.TUESDAY)).isEqualTo(QuietDay.night(DayOfWeek.TUESDAY));

        editor.days().get(DayOfWeek.TUESDAY.ordinal()).from().set("21:00");
        assertThat(editor.errorProperty().get()).isNull();
    }
}
