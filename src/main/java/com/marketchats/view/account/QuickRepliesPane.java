package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.QuickRepliesEditor;
import com.marketchats.viewmodel.account.ReplyItem;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings' quick-replies tab: the list on the left, the chosen reply's title and text on the right. */
final class QuickRepliesPane {

    private final QuickRepliesEditor editor;
    private final ListView<ReplyItem> list;
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final HBox root;
    /** True while the form fills from the list or writes into it: neither is the seller's doing. */
    private boolean syncing;

    QuickRepliesPane(QuickRepliesEditor editor, I18n texts) {
        this.editor = editor;
        list = new ListView<>(editor.items());
        list.setId("settingsReplies");
        list.setAccessibleText(texts.text("settings.replies.list"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ReplyItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> show(chosen));
        title.textProperty().addListener((observable, before, now) -> typed());
        text.textProperty().addListener((observable, before, now) -> typed());
        list.setPrefWidth(220);
        list.setMinWidth(200);

        title.setId("settingsReplyTitle");
        title.setAccessibleText(texts.text("settings.replies.title"));
        text.setId("settingsReplyText");
        text.setAccessibleText(texts.text("settings.replies.text"));
        text.setWrapText(true);
        text.setPrefRowCount(6);

        // A new reply starts from an empty form and joins the list once it has a title and a text.
        Button add = button(texts, "settings.replies.add", Feather.PLUS, "settingsReplyAdd");
        add.setOnAction(event -> {
            list.getSelectionModel().clearSelection();
            title.requestFocus();
        });
        Button remove = button(texts, "settings.replies.remove", Feather.TRASH_2, "settingsReplyRemove");
        remove.setOnAction(event -> editor.remove(selected()));
        Button up = button(texts, "settings.replies.up", Feather.ARROW_UP, "settingsReplyUp");
        up.setOnAction(event -> moveSelected(-1));
        Button down = button(texts, "settings.replies.down", Feather.ARROW_DOWN, "settingsReplyDown");
        down.setOnAction(event -> moveSelected(1));
        for (Button needsSelection : new Button[] {remove, up, down}) {
            needsSelection.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }

        Label problem = new Label();
        problem.getStyleClass().add("settings-problem");
        problem.textProperty().bind(editor.problemProperty());
        Label variables = hint(texts.text("settings.replies.variables"));
        Label fallback = hint(texts.text("settings.replies.fallback"));

        VBox form = new VBox(8, new Label(texts.text("settings.replies.title")), title,
                new Label(texts.text("settings.replies.text")), text, variables, fallback,
                new HBox(8, add, remove), new HBox(8, up, down), problem);
        HBox.setHgrow(form, Priority.ALWAYS);
        VBox.setVgrow(text, Priority.ALWAYS);
        root = new HBox(12, list, form);
        root.getStyleClass().add("settings-section");
    }

    Region root() {
        return root;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    /** Fills the form with the chosen reply; a field that already shows it is left alone, caret and all. */
    private void show(ReplyItem chosen) {
        if (syncing) {
            return;
        }
        syncing = true;
        setIfDifferent(title, chosen == null ? "" : chosen.title());
        setIfDifferent(text, chosen == null ? "" : chosen.text());
        syncing = false;
    }

    /** Writes the form into the list; the list's own selection changes meanwhile do not refill the form. */
    private void typed() {
        if (syncing) {
            return;
        }
        syncing = true;
        int edited = editor.typed(selected(), title.getText(), text.getText());
        if (edited >= 0 && selected() != edited) {
            list.getSelectionModel().select(edited);
        }
        syncing = false;
    }

    private static void setIfDifferent(TextInputControl field, String value) {
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
    }

    private static Label hint(String words) {
        Label hint = new Label(words);
        hint.getStyleClass().add("settings-hint");
        hint.setWrapText(true);
        // The reply's text area gives up height first; a hint keeps every line it wraps to.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    private void moveSelected(int step) {
        int from = selected();
        int to = from + step;
        if (to >= 0 && to < editor.items().size()) {
            editor.move(from, to);
            list.getSelectionModel().select(to);
        }
    }

    private static Button button(I18n texts, String key, Feather icon, String id) {
        Button button = new Button(texts.text(key), new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(texts.text(key));
        return button;
    }
}
