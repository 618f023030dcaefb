package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.CloseChoice;
import com.marketchats.viewmodel.account.LanguageChoice;
import com.marketchats.viewmodel.account.SettingsViewModel;
import com.marketchats.viewmodel.account.ThemeChoice;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Settings' first tab: language, theme, what Enter does, notifications (how they are shown, text, sound),
 * what closing the window does, starting with the system and starting minimised.
 */
final class GeneralSettingsPane {

    private final GridPane grid = new GridPane();
    private final ScrollPane root = new ScrollPane(grid);

    GeneralSettingsPane(SettingsViewModel model, I18n texts) {
        ComboBox<LanguageChoice> language = choice(LanguageChoice.values(), "settings.language.", texts);
        language.setId("settingsLanguage");
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setAccessibleText(texts.text("settings.language"));
        ComboBox<ThemeChoice> theme = choice(ThemeChoice.values(), "settings.theme.", texts);
        theme.setId("settingsTheme");
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setAccessibleText(texts.text("settings.theme"));

        CheckBox enterSends = new CheckBox(texts.text("settings.enterSends"));
        enterSends.setId("settingsEnterSends");
        enterSends.selectedProperty().bindBidirectional(model.enterSendsProperty());
        Label enterHint = hint(texts.text("settings.enterSends.hint"));
        CheckBox notifications = new CheckBox(texts.text("settings.notifications"));
        notifications.setId("settingsNotifications");
        notifications.selectedProperty().bindBidirectional(model.notificationsProperty());
        CheckBox hideText = new CheckBox(texts.text("settings.notifications.hideText"));
        hideText.setId("settingsHideText");
        hideText.selectedProperty().bindBidirectional(model.hideTextProperty());
        hideText.disableProperty().bind(notifications.selectedProperty().not());
        Label hideHint = hint(texts.text("settings.notifications.hideText.hint"));
        CheckBox sound = new CheckBox(texts.text("settings.notifications.sound"));
        sound.setId("settingsSound");
        sound.selectedProperty().bindBidirectional(model.soundProperty());
        sound.disableProperty().bind(notifications.selectedProperty().not());
        Label mechanism = new Label();
        mechanism.setId("settingsNotificationMechanism");
        mechanism.getStyleClass().add("settings-hint");
        mechanism.textProperty().bind(Bindings.createStringBinding(() -> texts.text("settings.notifications.mechanism",
                texts.text(model.mechanismProperty().get().textKey())), model.mechanismProperty()));

        grid.getStyleClass().add("settings-section");
        // With the start-up choices the tab is taller than a short dialog: it scrolls rather than squeeze
        // the hints into one cut line.
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, new Label(texts.text("settings.language")), language);
        grid.addRow(1, new Label(texts.text("settings.theme")), theme);
        grid.add(enterSends, 0, 2, 2, 1);
        grid.add(enterHint, 0, 3, 2, 1);
        grid.add(notifications, 0, 4, 2, 1);
        grid.add(mechanism, 0, 5, 2, 1);
        grid.add(hideText, 0, 6, 2, 1);
        grid.add(hideHint, 0, 7, 2, 1);
        grid.add(sound, 0, 8, 2, 1);
        addStartup(model, texts, 9);
    }

    /**
     * From {@code row} on: what closing the window does (or that it quits, without a tray), start with the
     * system (or why this copy cannot), and start minimised.
     */
    private void addStartup(SettingsViewModel model, I18n texts, int row) {
        ComboBox<CloseChoice> onClose = choice(CloseChoice.values(), "settings.onClose.", texts);
        onClose.setId("settingsOnClose");
        onClose.valueProperty().bindBidirectional(model.onCloseProperty());
        onClose.setAccessibleText(texts.text("settings.onClose"));
        onClose.disableProperty().bind(model.trayPresentProperty().not());
        grid.addRow(row++, new Label(texts.text("settings.onClose")), onClose);
        Label noTray = hint(texts.text("settings.onClose.noTray"));
        noTray.setId("settingsNoTray");
        noTray.visibleProperty().bind(model.trayPresentProperty().not());
        noTray.managedProperty().bind(noTray.visibleProperty());
        grid.add(noTray, 0, row++, 2, 1);
        CheckBox autostart = new CheckBox(texts.text("settings.autostart"));
        autostart.setId("settingsAutostart");
        autostart.selectedProperty().bindBidirectional(model.autostart().selectedProperty());
        grid.add(autostart, 0, row++, 2, 1);
        if (!model.autostart().isAvailable()) {
            autostart.setDisable(true);
            Label why = hint(texts.text("settings.autostart.unavailable"));
            why.setId("settingsAutostartUnavailable");
            grid.add(why, 0, row++, 2, 1);
        }
        CheckBox minimized = new CheckBox(texts.text("settings.startMinimized"));
        minimized.setId("settingsStartMinimized");
        minimized.selectedProperty().bindBidirectional(model.startMinimizedProperty());
        grid.add(minimized, 0, row++, 2, 1);
        grid.add(hint(texts.text("settings.startMinimized.hint")), 0, row, 2, 1);
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("settings-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    Region root() {
        return root;
    }

    private static <T extends Enum<T>> ComboBox<T> choice(T[] values, String keyPrefix, I18n texts) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : texts.text(keyPrefix + value.name());
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(value -> toString(value).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        return box;
    }
}
