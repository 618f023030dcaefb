package com.marketchats.viewmodel.account;

import com.marketchats.service.autostart.Autostart;
import com.marketchats.service.autostart.XdgAutostart;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.CloseAction;
import com.marketchats.service.settings.DesktopOptions;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.service.settings.Theme;
import com.marketchats.testing.DemoCabinet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings' "start with the system" and "start minimised": the first reaches the Linux autostart entry in a
 * temporary config folder, the second the settings file, each read back afresh.
 */
class StartupSettingsTest {

    private static final Instant PAUSED_UNTIL = Instant.parse("2030-01-01T08:00:00Z");

    @TempDir
    Path temp;

    private SettingsStore store;
    private Path entry;
    private XdgAutostart autostart;

    @BeforeEach
    void installTheApp() throws IOException {
        store = new SettingsStore(temp.resolve("data"));
        store.save(AppSettings.defaults(List.of())
                .withDesktop(new DesktopOptions(CloseAction.TRAY, false, PAUSED_UNTIL)));
        Path launcher = Files.createDirectories(temp.resolve("opt/market-chats/bin")).resolve("Market Chats");
        Files.writeString(launcher, "#!/bin/sh\n");
        entry = temp.resolve("config/autostart/market-chats.desktop");
        autostart = new XdgAutostart(entry.getParent(), launcher);
    }

    @Test
    void showsTheSystemsEntryAndTheSavedChoice() throws IOException {
        autostart.enable();

        SettingsViewModel model = model(autostart);

        assertThat(model.autostart().isAvailable()).isTrue();
        assertThat(model.autostart().selectedProperty().get()).isTrue();
        assertThat(model.startMinimizedProperty().get()).isFalse();
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void anEntryRemovedOutsideTheAppShowsAsOff() throws IOException {
        autostart.enable();
        Files.delete(entry);

        assertThat(model(autostart).autostart().selectedProperty().get()).isFalse();
    }

    @Test
    void savingTurnsTheEntryOnAndKeepsStartMinimisedBesideTheOtherDesktopOptions() throws IOException {
        SettingsViewModel model = model(autostart);
        model.autostart().selectedProperty().set(true);
        assertThat(model.dirtyProperty().get()).as("the entry alone makes a change to save").isTrue();
        model.startMinimizedProperty().set(true);

        model.save(settings -> { });

        assertThat(model.savedProperty().get()).isTrue();
        assertThat(Files.readString(entry)).contains("--minimized");
        assertThat(new SettingsStore(temp.resolve("data")).load(List::of).desktop())
                .isEqualTo(new DesktopOptions(CloseAction.TRAY, true, PAUSED_UNTIL));
        SettingsViewModel reopened = model(autostart);
        assertThat(reopened.autostart().selectedProperty().get()).isTrue();
        assertThat(reopened.startMinimizedProperty().get()).isTrue();
        assertThat(reopened.dirtyProperty().get()).isFalse();
    }

    @Test
    void aPauseFromTheTrayWhileSettingsIsOpenIsNotUndoneBySaving() {
        SettingsViewModel model = model(autostart);
        ObjectProperty<AppSettings> live = new SimpleObjectProperty<>(store.load(List::of));
        model.followCabinets(live);
        Instant later = PAUSED_UNTIL.plusSeconds(3600);

        live.set(live.get().withDesktop(new DesktopOptions(CloseAction.QUIT, false, later)));
        model.startMinimizedProperty().set(true);
        model.save(settings -> { });

        assertThat(new SettingsStore(temp.resolve("data")).load(List::of).desktop())
                .isEqualTo(new DesktopOptions(CloseAction.QUIT, true, later));
    }

    @Test
    void whatClosingDoesIsShownSavedAndKeptBesideThePause() {
        SettingsViewModel model = model(autostart);
        assertThat(model.onCloseProperty().get()).isEqualTo(CloseChoice.TRAY);

        model.onCloseProperty().set(CloseChoice.QUIT);
        assertThat(model.dirtyProperty().get()).isTrue();
        model.save(settings -> { });

        assertThat(new SettingsStore(temp.resolve("data")).load(List::of).desktop())
                .isEqualTo(new DesktopOptions(CloseAction.QUIT, false, PAUSED_UNTIL));
        assertThat(model(autostart).onCloseProperty().get()).isEqualTo(CloseChoice.QUIT);
    }

    @Test
    void savingTurnsTheEntryOff() throws IOException {
        autostart.enable();
        SettingsViewModel model = model(autostart);

        model.autostart().selectedProperty().set(false);
        model.save(settings -> { });

        assertThat(entry).doesNotExist();
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void anEntryThatCannotBeWrittenIsReportedAndTheOtherSettingsAreSavedAllTheSame() throws IOException {
        Files.createDirectories(temp.resolve("config"));
        Files.writeString(entry.getParent(), "a file where the autostart folder belongs");
        SettingsViewModel model = model(autostart);
        List<AppSettings> told = new ArrayList<>();

        model.themeProperty().set(ThemeChoice.DARK);
        model.autostart().selectedProperty().set(true);
        model.save(told::add);

        assertThat(model.errorTextProperty().get())
                .startsWith("Не удалось изменить запуск вместе с системой: cannot write " + entry + ": "
                        + entry.getParent() + " is not a folder.")
                .contains("Остальные настройки сохранены");
        assertThat(model.savedProperty().get()).as("the window stays open").isFalse();
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.autostart().selectedProperty().get()).as("the choice is kept to try again").isTrue();
        assertThat(new SettingsStore(temp.resolve("data")).load(List::of).theme()).isEqualTo(Theme.DARK);
        assertThat(told).extracting(AppSettings::theme).containsExactly(Theme.DARK);
    }

    @Test
    void aCopyRunWithoutTheInstallerOffersNoEntryAndHasNothingToSave() {
        SettingsViewModel model = model(Autostart.unavailable());

        assertThat(model.autostart().isAvailable()).isFalse();
        assertThat(model.autostart().selectedProperty().get()).isFalse();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.errorTextProperty().get()).isEmpty();
    }

    @Test
    void anEntryThatCannotBeReadIsReportedAsOff() {
        SettingsViewModel model = model(new Autostart() {
            @Override
            public boolean isAvailable() {
                return true;
            }

            @Override
            public boolean isEnabled() throws IOException {
                throw new IOException("reg query exited with 5: ERROR: Access is denied.");
            }

            @Override
            public void enable() {
            }

            @Override
            public void disable() {
            }
        });

        assertThat(model.autostart().selectedProperty().get()).isFalse();
        assertThat(model.errorTextProperty().get()).isEqualTo("Не удалось узнать, запускается ли приложение вместе "
                + "с системой (reg query exited with 5: ERROR: Access is denied.).");
        assertThat(model.loadedProperty().get()).as("the other settings are there to edit").isTrue();
    }

    private SettingsViewModel model(Autostart entryOfTheSystem) {
        return new SettingsViewModel(store, DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), Clock.systemUTC()),
                entryOfTheSystem);
    }
}
