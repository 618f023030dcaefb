package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.AccountRow;
import com.marketchats.viewmodel.account.AccountsEditor;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings' cabinets tab: the connected cabinets, with rename and remove (after a confirmation). */
final class AccountsPane {

    private final AccountsEditor editor;
    private final I18n texts;
    private final ListView<AccountRow> list;
    private final VBox root;

    AccountsPane(AccountsEditor editor, I18n texts) {
        this.editor = editor;
        this.texts = texts;
        list = new ListView<>(editor.rows());
        list.setId("settingsAccounts");
        list.setAccessibleText(texts.text("settings.accounts.list"));
        list.setPlaceholder(new Label(texts.text("settings.accounts.empty")));
        list.setCellFactory(view -> new AccountCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("settingsAccountName");
        name.setPromptText(texts.text("settings.accounts.name"));
        name.setAccessibleText(texts.text("settings.accounts.name"));
        HBox.setHgrow(name, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) ->
                name.setText(chosen == null ? "" : chosen.label()));

        Button rename = new Button(texts.text("settings.accounts.rename"), new FontIcon(Feather.EDIT_2));
        rename.setId("settingsAccountRename");
        rename.setOnAction(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            editor.rename(list.getSelectionModel().getSelectedItem().id(), name.getText());
            list.getSelectionModel().select(index);
        });
        Button remove = new Button(texts.text("settings.accounts.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("settingsAccountRemove");
        remove.getStyleClass().add("danger");
        remove.setOnAction(event -> confirmRemoval(list.getSelectionModel().getSelectedItem()));
        for (Button needsSelection : new Button[] {rename, remove}) {
            needsSelection.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }

        Label note = new Label(texts.text("settings.accounts.removeText"));
        note.getStyleClass().add("settings-hint");
        note.setWrapText(true);
        root = new VBox(8, new Label(texts.text("settings.accounts.list")), list, new HBox(8, name, rename),
                remove, note);
        root.getStyleClass().add("settings-section");
    }

    Region root() {
        return root;
    }

    private void confirmRemoval(AccountRow account) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, texts.text("settings.accounts.removeText"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        confirm.setTitle(texts.text("settings.accounts.removeTitle"));
        confirm.setHeaderText(texts.text("settings.accounts.removeTitle") + " " + account.name());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> editor.remove(account.id()));
    }

    /** Two lines: the cabinet's name, and its id or that it is the demo. */
    private static final class AccountCell extends ListCell<AccountRow> {

        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox lines = new VBox(2, name, detail);

        AccountCell() {
            getStyleClass().add("account-cell");
            name.getStyleClass().add("account-name");
            detail.getStyleClass().add("account-detail");
        }

        @Override
        protected void updateItem(AccountRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(item.name());
            detail.setText(item.detail());
            setGraphic(lines);
            setAccessibleText(item.name() + ", " + item.detail());
        }
    }
}
