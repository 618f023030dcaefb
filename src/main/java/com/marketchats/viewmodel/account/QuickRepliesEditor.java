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
 * message in {@link #problemProperty()} when a title or text is missing.
 */
public final class QuickRepliesEditor {

    private final I18n texts;
    private final ObservableList<ReplyItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    QuickRepliesEditor(I18n texts) {
        this.texts = texts;
    }

    /** The replies in menu order. */
    public ObservableList<ReplyItem> items() {
        return FXCollections.unmodifiableObservableList(items);
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
        items.set(index, new ReplyItem(title.strip(), text.strip()));
        return true;
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
        items.setAll(replies.stream().map(reply -> new ReplyItem(reply.title(), reply.text())).toList());
        problem.set("");
    }

    List<QuickReply> toQuickReplies() {
        return items.stream().map(item -> new QuickReply(item.title(), item.text())).toList();
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
