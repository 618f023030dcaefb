package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.AccountRow;
import com.marketchats.viewmodel.account.AccountsEditor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.BiConsumer;

/**
 * Settings' cabinets tab: the connected cabinets; add another, rename (saved with Save), replace a
 * cabinet's API key and remove one (both done by the app at once, with their own windows); below, the
 * selected cabinet's reply target and working hours, then its quiet hours (saved with Save).
 */
final class AccountsPane {

    private static final double LIST_MIN_HEIGHT = 110;

    private final ListView<AccountRow> list;
    private final VBox root;

    AccountsPane(AccountsEditor editor, I18n texts, CabinetActions actions) {
        list = new ListView<>(editor.rows());
        list.setId("settingsAccounts");
        list.setAccessibleText(texts.text("settings.accounts.list"));
        Label empty = new Label(texts.text("settings.accounts.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new AccountCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("settingsAccountName");
        name.setPromptText(texts.text("settings.accounts.name"));
        name.setAccessibleText(texts.text("settings.accounts.name"));
        HBox.setHgrow(name, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            name.setText(chosen == null ? "" : chosen.label());
            editor.select(chosen == null ? null : chosen.id());
        });

        Button rename = button(texts.text("settings.accounts.rename"), Feather.EDIT_2, "settingsAccountRename");
        rename.setOnAction(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            editor.rename(list.getSelectionModel().getSelectedItem().id(), name.getText());
            list.getSelectionModel().select(index);
        });
        Button add = button(texts.text("settings.accounts.add"), Feather.PLUS, "settingsAccountAdd");
        add.setOnAction(event -> actions.addCabinet(window()));
        Button replaceKey = button(texts.text("settings.accounts.replaceKey"), Feather.KEY, "settingsAccountReplaceKey");
        replaceKey.setOnAction(event -> onSelected(actions::replaceKey));
        Button remove = button(texts.text("settings.accounts.remove"), Feather.TRASH_2, "settingsAccountRemove");
        remove.getStyleClass().add("danger");
        remove.setOnAction(event -> onSelected(actions::removeCabinet));
        for (Button needsSelection : new Button[] {rename, replaceKey, remove}) {
            needsSelection.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }

        Label note = new Label(texts.text("settings.accounts.hint"));
        note.getStyleClass().add("settings-hint");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane commands = new FlowPane(8, 8, add, replaceKey, remove);
        Region replyTarget = new ReplyTargetSection(editor.replyTarget(), texts).root();
        Region quietHours = new QuietHoursSection(editor.quietHours(), texts).root();
        VBox content = new VBox(8, new Label(texts.text("settings.accounts.list")), list, new HBox(8, name, rename),
                commands, note, new Separator(), replyTarget, new Separator(), quietHours);
        content.getStyleClass().add("settings-section");
        // The list keeps room for a few cabinets; with the reply target and quiet hours below, a short dialog scrolls.
        list.setMinHeight(LIST_MIN_HEIGHT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        root = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
    }

    Region root() {
        return root;
    }

    private void onSelected(BiConsumer<String, Window> action) {
        AccountRow chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            action.accept(chosen.id(), window());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Button button(String text, Feather icon, String id) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
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
