package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.LanguageChoice;
import com.marketchats.viewmodel.account.SettingsViewModel;
import com.marketchats.viewmodel.account.ThemeChoice;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Settings' first tab: language, theme, what Enter does, notifications (how they are shown, text, sound). */
final class GeneralSettingsPane {

    private final GridPane root = new GridPane();

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
        Label enterHint = new Label(texts.text("settings.enterSends.hint"));
        enterHint.getStyleClass().add("settings-hint");
        enterHint.setWrapText(true);
        CheckBox notifications = new CheckBox(texts.text("settings.notifications"));
        notifications.setId("settingsNotifications");
        notifications.selectedProperty().bindBidirectional(model.notificationsProperty());
        CheckBox hideText = new CheckBox(texts.text("settings.notifications.hideText"));
        hideText.setId("settingsHideText");
        hideText.selectedProperty().bindBidirectional(model.hideTextProperty());
        hideText.disableProperty().bind(notifications.selectedProperty().not());
        Label hideHint = new Label(texts.text("settings.notifications.hideText.hint"));
        hideHint.getStyleClass().add("settings-hint");
        hideHint.setWrapText(true);
        CheckBox sound = new CheckBox(texts.text("settings.notifications.sound"));
        sound.setId("settingsSound");
        sound.selectedProperty().bindBidirectional(model.soundProperty());
        sound.disableProperty().bind(notifications.selectedProperty().not());
        Label mechanism = new Label();
        mechanism.setId("settingsNotificationMechanism");
        mechanism.getStyleClass().add("settings-hint");
        mechanism.textProperty().bind(Bindings.createStringBinding(() -> texts.text("settings.notifications.mechanism",
                texts.text(model.mechanismProperty().get().textKey())), model.mechanismProperty()));

        root.getStyleClass().add("settings-section");
        root.setHgap(12);
        root.setVgap(12);
        root.addRow(0, new Label(texts.text("settings.language")), language);
        root.addRow(1, new Label(texts.text("settings.theme")), theme);
        root.add(enterSends, 0, 2, 2, 1);
        root.add(enterHint, 0, 3, 2, 1);
        root.add(notifications, 0, 4, 2, 1);
        root.add(mechanism, 0, 5, 2, 1);
        root.add(hideText, 0, 6, 2, 1);
        root.add(hideHint, 0, 7, 2, 1);
        root.add(sound, 0, 8, 2, 1);
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
