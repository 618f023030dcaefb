package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import com.marketchats.view.WindowActions;
import com.marketchats.viewmodel.window.CabinetEntry;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar over the chat list: which cabinet is on screen (with each one's unread count), a new chat,
 * settings, and the app's menu (add another cabinet, replace the key of this one, the keyboard shortcuts,
 * About). Three icon buttons, not five: the cabinet's name keeps its room at the list's smallest width.
 */
public final class CabinetSwitcher {

    private final HBox root = new HBox(4);

    public CabinetSwitcher(MainViewModel model, I18n texts, WindowActions actions) {
        ComboBox<CabinetEntry> switcher = new ComboBox<>(model.cabinets());
        switcher.setId("cabinetSwitcher");
        switcher.getStyleClass().add("cabinet-switcher");
        switcher.setAccessibleText(texts.text("window.switcher.accessible"));
        switcher.setTooltip(new Tooltip(texts.text("window.switcher.accessible")));
        switcher.setCellFactory(list -> new EntryCell(texts));
        switcher.setButtonCell(new EntryCell(texts));
        switcher.setValue(model.activeProperty().get());
        switcher.valueProperty().addListener((obs, old, entry) -> model.switchTo(entry));
        switcher.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(switcher, Priority.ALWAYS);

        MenuItem add = new MenuItem(texts.text("window.addCabinet"), new FontIcon(Feather.PLUS));
        add.setId("addCabinetItem");
        add.setOnAction(event -> actions.connectCabinet());
        MenuItem replaceKey = new MenuItem(texts.text("notice.replaceKey"), new FontIcon(Feather.KEY));
        replaceKey.setId("replaceKeyItem");
        replaceKey.setOnAction(event -> actions.replaceKey(model.activeProperty().get().accountId()));
        // The demo has no key to replace.
        replaceKey.setVisible(model.activeProperty().get() != null && !model.activeProperty().get().demo());
        MenuItem shortcuts = new MenuItem(texts.text("shortcuts.title") + " (F1)", new FontIcon(Feather.COMMAND));
        shortcuts.setId("shortcutsItem");
        shortcuts.setOnAction(event -> actions.showShortcuts());
        MenuItem about = new MenuItem(texts.text("window.about"), new FontIcon(Feather.INFO));
        about.setId("aboutItem");
        about.setOnAction(event -> actions.showAbout());
        // An icon button with its own menu, not a MenuButton: its arrow would take width from the switcher.
        ContextMenu menu = new ContextMenu(add, replaceKey, new SeparatorMenuItem(), shortcuts, about);
        Button appMenu = iconButton(Feather.MENU, texts.text("window.appMenu"), "appMenu");
        appMenu.setOnAction(event -> menu.show(appMenu, Side.BOTTOM, 0, 0));

        Button newChat = iconButton(Feather.EDIT, texts.text("window.newChat"), "newChatButton");
        newChat.setOnAction(event -> actions.startChat());
        Button settings = iconButton(Feather.SETTINGS, texts.text("window.settings"), "settingsButton");
        settings.setOnAction(event -> actions.openSettings());

        root.getChildren().addAll(switcher, newChat, settings, appMenu);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("cabinet-bar");
    }

    public Region root() {
        return root;
    }

    private static Button iconButton(Feather icon, String text, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon");
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        return button;
    }

    /** A cabinet's name and, when it has unread messages, their count in a badge. */
    private static final class EntryCell extends ListCell<CabinetEntry> {

        private final I18n texts;
        private final Label name = new Label();
        private final Label unread = new Label();
        private final HBox box = new HBox(8, name, unread);

        EntryCell(I18n texts) {
            this.texts = texts;
            unread.getStyleClass().add("cabinet-unread");
            // The name gives way when the bar is narrow; the count is read whole.
            unread.setMinWidth(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CabinetEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            unread.textProperty().unbind();
            unread.visibleProperty().unbind();
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            name.setText(entry.displayName(texts));
            unread.textProperty().bind(entry.unreadProperty().asString());
            unread.visibleProperty().bind(entry.unreadProperty().greaterThan(0));
            setGraphic(box);
        }
    }
}
