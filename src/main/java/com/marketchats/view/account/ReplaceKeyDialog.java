package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.ReplaceKeyViewModel;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Replace API key" for one cabinet: where to get the key, the key field, and why a key was refused,
 * in full. It stays open while the key is checked and after a refusal; it closes once the key is stored.
 */
public final class ReplaceKeyDialog extends Dialog<ButtonType> {

    public ReplaceKeyDialog(ReplaceKeyViewModel model, I18n texts, Window owner) {
        initOwner(owner);
        setTitle(texts.text("replaceKey.title"));
        setResizable(true);
        Label heading = wrapped(texts.text("replaceKey.heading", model.cabinetText()), "replace-key-heading");
        Label explanation = wrapped(texts.text("replaceKey.text"), "settings-hint");
        PasswordField key = new PasswordField();
        key.setId("replaceKeyField");
        key.setPromptText(texts.text("replaceKey.prompt"));
        key.setAccessibleText(texts.text("replaceKey.prompt"));
        key.textProperty().bindBidirectional(model.apiKeyProperty());
        key.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        HBox checking = new HBox(8, progress, wrapped(texts.text("replaceKey.checking"), null));
        checking.visibleProperty().bind(model.busyProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        Label error = wrapped("", "onboarding-error");
        error.setId("replaceKeyError");
        error.textProperty().bind(model.errorTextProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        VBox content = new VBox(10, heading, explanation, key, checking, error);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getStylesheets().add(ReplaceKeyDialog.class.getResource("account.css").toExternalForm());

        ButtonType replace = new ButtonType(texts.text("replaceKey.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.text("replaceKey.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(replace, cancel);
        Node replaceButton = getDialogPane().lookupButton(replace);
        replaceButton.setId("replaceKeyConfirm");
        replaceButton.disableProperty().bind(model.busyProperty());
        // The dialog stays open while the key is checked, so that a refusal can be read in it.
        replaceButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.replace();
        });
        getDialogPane().lookupButton(cancel).setId("replaceKeyCancel");
        model.replacedProperty().addListener((observable, before, replaced) -> {
            if (replaced) {
                setResult(replace);
                close();
            }
        });
        setOnShown(event -> key.requestFocus());
        // A dialog keeps the size it opened with: it grows with a refusal so that it is read in full.
        model.errorTextProperty().addListener((observable, before, text) -> fit());
        model.busyProperty().addListener((observable, before, busy) -> fit());
    }

    private void fit() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
