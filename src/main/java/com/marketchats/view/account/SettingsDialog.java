package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.SettingsViewModel;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/**
 * The Settings window: General, Quick replies and Cabinets tabs. Save writes through the view-model
 * and closes once the save has succeeded; closing the window saves the same way, so nothing typed is
 * lost to a click on its corner; only Cancel (or Esc) drops the edits.
 */
public final class SettingsDialog extends Dialog<ButtonType> {

    /** True once Cancel was chosen: the edits are dropped, and the close needs no save. */
    private boolean discarding;

    /** @param cabinets what the app does at once for a cabinet: add, replace its key, remove */
    public SettingsDialog(SettingsViewModel model, I18n texts, CabinetActions cabinets) {
        setTitle(texts.text("settings.title"));
        setResizable(true);
        TabPane tabs = new TabPane(
                tab(texts.text("settings.tab.general"), new GeneralSettingsPane(model, texts).root()),
                tab(texts.text("settings.tab.replies"), new QuickRepliesPane(model.replies(), texts).root()),
                tab(texts.text("settings.tab.accounts"), new AccountsPane(model.accounts(), texts, cabinets).root()));
        tabs.setId("settingsTabs");
        Label error = new Label();
        error.setId("settingsError");
        error.getStyleClass().add("settings-problem");
        error.setWrapText(true);
        // The tabs take all the height they are given: without this a long reason is squeezed into one cut line.
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorTextProperty());
        VBox content = new VBox(8, tabs, error);
        content.setPrefSize(720, 520);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(SettingsDialog.class.getResource("account.css").toExternalForm());

        ButtonType save = new ButtonType(texts.text("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.text("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("settingsSave");
        saveButton.disableProperty().bind(model.loadedProperty().not().or(model.busyProperty()));
        // The dialog stays open until the save is on disk, so that a failure can be shown in it.
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save();
        });
        Node cancelButton = getDialogPane().lookupButton(cancel);
        cancelButton.setId("settingsCancel");
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> discarding = true);
        // A filter on the dialog's own window (made with the dialog): it comes before the dialog's
        // handling of a close, which would close it unsaved.
        getDialogPane().getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, request -> {
            if (!discarding && model.dirtyProperty().get()) {
                request.consume();
                model.save();
            }
        });
        model.savedProperty().addListener((observable, before, saved) -> {
            if (saved) {
                setResult(save);
                close();
            }
        });
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
