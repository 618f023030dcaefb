package com.marketchats.view.conversation;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.conversation.AttachmentItem;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import com.marketchats.viewmodel.conversation.Transcript;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/** The right-click menus of a message (Copy, Copy chat transcript) and of an attached file (Open, Save as, Copy link). */
final class MessageMenus {

    private final ConversationViewModel model;
    private final I18n texts;

    MessageMenus(ConversationViewModel model, I18n texts) {
        this.model = model;
        this.texts = texts;
    }

    /** @param text the message's selectable text, or null when it has only files */
    void install(Node bubble, MessageBubble message, SelectableText text) {
        onMenuRequest(bubble, () -> {
            MenuItem copy = item("copyMessage", "conversation.menu.copy",
                    () -> toClipboard(text == null ? message.accessibleText() : text.selectedOrAll()));
            ContextMenu menu = new ContextMenu(copy);
            if (text != null) {
                menu.getItems().add(item("selectAllMessage", "conversation.menu.selectAll", text::selectAll));
            }
            menu.getItems().addAll(new SeparatorMenuItem(), item("copyTranscript", "conversation.menu.transcript",
                    () -> toClipboard(Transcript.of(model.titleProperty().get(), model.items()))));
            return menu;
        });
    }

    void install(Node row, AttachmentItem file, Runnable saveAs) {
        onMenuRequest(row, () -> {
            ContextMenu menu = new ContextMenu(
                    item("openFileItem", "conversation.attachment.open", () -> model.openAttachment(file)),
                    item("saveFileItem", "conversation.attachment.saveAs", saveAs));
            if (file.url() != null) {
                menu.getItems().add(item("copyFileLink", "conversation.menu.copyLink", () -> toClipboard(file.url())));
            }
            return menu;
        });
    }

    /**
     * A right click, or the keyboard's menu key, shows the menu. The mouse is heard directly: not every
     * platform (headless Monocle among them) turns a right click into a context-menu event.
     */
    private static void onMenuRequest(Node node, Supplier<ContextMenu> menu) {
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.SECONDARY && event.isStillSincePress()) {
                menu.get().show(node, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isKeyboardTrigger()) {
                menu.get().show(node, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(texts.text(key));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    static void toClipboard(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
