package com.marketchats.viewmodel.chatlist;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Optional;

/**
 * The list's selected chat (the open one): moved by the keyboard commands, kept on the same chat when a
 * reload replaces the rows, and a chat asked for before the rows hold it, selected once they do.
 */
final class ListSelection {

    private final ObjectProperty<ChatListItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final List<ChatListItem> rows;
    /** A chat {@link #select(long)} asked for that the rows did not hold yet. */
    private Long pending;

    /** @param rows the list's rows, read live */
    ListSelection(List<ChatListItem> rows) {
        this.rows = rows;
    }

    ObjectProperty<ChatListItem> property() {
        return selected;
    }

    /** Selects a chat the rows hold and says so; else remembers it for {@link #selectPending} and says false. */
    boolean select(long chatId) {
        Optional<ChatListItem> shown = RowNavigation.find(rows, chatId);
        shown.ifPresent(selected::set);
        pending = shown.isPresent() ? null : chatId;
        return shown.isPresent();
    }

    void move(int step) {
        RowNavigation.move(rows, selected.get(), step).ifPresent(selected::set);
    }

    void nextNeedingReply() {
        RowNavigation.nextNeedingReply(rows, selected.get()).ifPresent(selected::set);
    }

    /**
     * After the rows were replaced: the selection moves to the same chat's new row. A selected chat the
     * new rows do not hold stays selected: the seller keeps reading it while looking at another tab.
     */
    void follow(ChatListItem before) {
        if (before != null) {
            RowNavigation.find(rows, before.chatId()).ifPresent(selected::set);
        }
    }

    /** Selects the chat asked for, once the rows hold it; an unfiltered list that does not ends the wait. */
    void selectPending(boolean unfiltered) {
        if (pending == null) {
            return;
        }
        Optional<ChatListItem> wanted = RowNavigation.find(rows, pending);
        wanted.ifPresent(selected::set);
        if (wanted.isPresent() || unfiltered) {
            pending = null;
        }
    }
}
