package com.marketchats.view.chatlist;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatRowActions;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The context menu of a chat list row: Mark as unread, Copy order/return number, Open in seller cabinet,
 * Copy buyer name, each only where the chat has what it needs. A right click opens it on that row without
 * opening the chat (as in Telegram Desktop); the Menu key or Shift+F10 opens it on the selected row.
 */
final class ChatRowMenu {

    private final ChatRowActions actions;
    private final I18n texts;
    private final Consumer<String> openLink;
    private final ContextMenu menu = new ContextMenu();

    ChatRowMenu(ChatRowActions actions, I18n texts, Consumer<String> openLink) {
        this.actions = actions;
        this.texts = texts;
        this.openLink = openLink;
        menu.setId("chatRowMenu");
    }

    /**
     * The menu on a right click of the cell; the press itself does not select (open) the row. The mouse
     * is heard directly: not every platform (headless Monocle among them) turns a right click into a
     * context-menu event, and where it does, that event is only consumed so the menu shows once.
     */
    ListCell<ChatListItem> install(ListCell<ChatListItem> cell) {
        cell.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.isSecondaryButtonDown() && cell.getItem() != null) {
                event.consume();
            }
        });
        cell.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.SECONDARY && event.isStillSincePress() && cell.getItem() != null) {
                showFor(cell.getItem(), cell, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        cell.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (!event.isKeyboardTrigger()) {
                event.consume();
            }
        });
        return cell;
    }

    /** The menu from the keyboard, for the selected row, placed under it. */
    void installKeys(ListView<ChatListItem> list) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean menuKey = event.getCode() == KeyCode.CONTEXT_MENU
                    || event.getCode() == KeyCode.F10 && event.isShiftDown();
            ChatListItem row = list.getSelectionModel().getSelectedItem();
            if (menuKey && row != null) {
                Node anchor = selectedCell(list, row);
                Bounds bounds = anchor.localToScreen(anchor.getLayoutBounds());
                showFor(row, anchor, bounds.getMinX() + 24, bounds.getMaxY());
                event.consume();
            }
        });
    }

    private void showFor(ChatListItem row, Node anchor, double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(items(row));
        menu.show(anchor, screenX, screenY);
    }

    private List<MenuItem> items(ChatListItem row) {
        List<MenuItem> items = new ArrayList<>();
        if (!row.unread()) {
            items.add(item("rowMarkUnread", texts.text("chatlist.menu.markUnread"), Feather.EYE_OFF,
                    () -> actions.markUnread(row)));
        }
        actions.number(row).ifPresent(number -> items.add(item("rowCopyNumber", number.menuText(), Feather.HASH,
                () -> copy(number.value()))));
        actions.cabinetLink(row).ifPresent(link -> items.add(item("rowOpenCabinet",
                texts.text("chatlist.menu.openCabinet"), Feather.EXTERNAL_LINK, () -> openLink.accept(link))));
        actions.buyerName(row).ifPresent(name -> items.add(item("rowCopyBuyer", texts.text("chatlist.menu.copyBuyer"),
                Feather.USER, () -> copy(name))));
        return items;
    }

    private static MenuItem item(String id, String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The selected row's cell when it is on screen, else the list itself. */
    private static Node selectedCell(ListView<ChatListItem> list, ChatListItem row) {
        return list.lookupAll(".list-cell").stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.getItem() == row && cell.isVisible())
                .findFirst().orElse(list);
    }
}
