package com.marketchats.viewmodel.account;

import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.QuickReply;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The quick replies being edited in Settings: add, change, remove and reorder, each refused with a
 * message in {@link #problemProperty()} when a title or text is missing. What the seller types goes into
 * the list at once ({@link #typed}), so the settings' one Save writes it; there is no second button.
 */
public final class QuickRepliesEditor {

    private final I18n texts;
    private final ObservableList<ReplyItem> items = FXCollections.observableArrayList();
    // One view for everyone: its listeners hold on to the list only as long as the view lives.
    private final ObservableList<ReplyItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    QuickRepliesEditor(I18n texts) {
        this.texts = texts;
    }

    /** The replies in menu order. */
    public ObservableList<ReplyItem> items() {
        return itemsView;
    }

    /** Why the last change was refused; empty when it was made. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Adds a reply at the end; false (and a problem text) when the title or text is empty. */
    public boolean add(String title, String text) {
        if (!valid(title, text)) {
            return false;
        }
        items.add(new ReplyItem(title.strip(), text.strip()));
        return true;
    }

    /** Changes the reply at {@code index}; false (and a problem text) when the title or text is empty. */
    public boolean update(int index, String title, String text) {
        if (!inRange(index) || !valid(title, text)) {
            return false;
        }
        ReplyItem before = items.get(index);
        // Unchanged, a built-in reply keeps following the window's language.
        if (!before.title().equals(title.strip()) || !before.text().equals(text.strip())) {
            items.set(index, new ReplyItem(title.strip(), text.strip()));
        }
        return true;
    }

    /**
     * What the seller typed into the form for the reply at {@code index}, or for a new one ({@code -1}):
     * changes that reply, or adds the new one as soon as it has both a title and a text.
     *
     * @return the position of the reply the form now edits; -1 while a new one still lacks a title or text
     */
    public int typed(int index, String title, String text) {
        if (inRange(index)) {
            update(index, title, text);
            return index;
        }
        boolean complete = title != null && !title.isBlank() && text != null && !text.isBlank();
        return complete && add(title, text) ? items.size() - 1 : -1;
    }

    public void remove(int index) {
        if (inRange(index)) {
            items.remove(index);
            problem.set("");
        }
    }

    /** Moves the reply at {@code from} to position {@code to}; out-of-range positions change nothing. */
    public void move(int from, int to) {
        if (inRange(from) && inRange(to) && from != to) {
            ReplyItem moved = items.remove(from);
            items.add(to, moved);
        }
    }

    void load(List<QuickReply> replies) {
        items.setAll(replies.stream().map(reply -> new ReplyItem(reply.title(), reply.text(),
                reply.defaultName())).toList());
        problem.set("");
    }

    List<QuickReply> toQuickReplies() {
        return items.stream().map(item -> new QuickReply(item.title(), item.text(), item.defaultName()))
                .toList();
    }

    private boolean valid(String title, String text) {
        if (title == null || title.isBlank()) {
            problem.set(texts.text("settings.replies.titleRequired"));
            return false;
        }
        if (text == null || text.isBlank()) {
            problem.set(texts.text("settings.replies.textRequired"));
            return false;
        }
        problem.set("");
        return true;
    }

    private boolean inRange(int index) {
        return index >= 0 && index < items.size();
    }
}
