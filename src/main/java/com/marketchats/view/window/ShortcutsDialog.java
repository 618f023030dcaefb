package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The list of every keyboard shortcut (F1 or Ctrl+/), in the window's language, keys in the platform's notation. */
public final class ShortcutsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ShortcutsDialog(I18n texts, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(texts.text("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setId("shortcutList");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 4, 4));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, action);
        int row = 0;
        for (ShortcutCatalog.Entry entry : ShortcutCatalog.entries()) {
            Label keysLabel = new Label(entry.keys());
            keysLabel.getStyleClass().add("shortcut-keys");
            keysLabel.setMinWidth(Region.USE_PREF_SIZE);
            Label actionLabel = new Label(texts.text(entry.action()));
            actionLabel.setWrapText(true);
            grid.addRow(row++, keysLabel, actionLabel);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(440);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(ShortcutsDialog.class.getResource("window.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(texts.text("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
    }

    public void show() {
        dialog.show();
    }
}
