package com.marketchats.view.chatlist;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Files dragged from the desktop onto a chat in the list go to that chat, as in Telegram Desktop: the row
 * lights up while they are over it, and the drop hands the files and the chat on (the window puts them
 * into that chat's send sheet and opens the chat). TestFX cannot simulate a drop of OS files, so the
 * handler stays this thin.
 */
final class ChatRowDrops {

    /** A pseudo-class, like the row's other states, so the row is not restyled from scratch. */
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private ChatRowDrops() {
    }

    static ListCell<ChatListItem> install(ListCell<ChatListItem> cell, BiConsumer<Long, List<Path>> onDropped) {
        cell.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (acceptable(cell, event)) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        cell.addEventHandler(DragEvent.DRAG_ENTERED, event -> {
            if (acceptable(cell, event)) {
                cell.pseudoClassStateChanged(DROP_TARGET, true);
            }
        });
        cell.addEventHandler(DragEvent.DRAG_EXITED, event -> cell.pseudoClassStateChanged(DROP_TARGET, false));
        cell.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            cell.pseudoClassStateChanged(DROP_TARGET, false);
            boolean dropped = acceptable(cell, event);
            if (dropped) {
                onDropped.accept(cell.getItem().chatId(),
                        event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(dropped);
            event.consume();
        });
        return cell;
    }

    private static boolean acceptable(ListCell<ChatListItem> cell, DragEvent event) {
        return !cell.isEmpty() && cell.getItem() != null && event.getGestureSource() == null
                && event.getDragboard().hasFiles();
    }
}
