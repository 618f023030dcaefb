package com.marketchats.viewmodel.conversation;

import javafx.collections.ObservableList;

import java.util.List;

/**
 * Brings the shown rows up to date by replacing only the part that changed, so the list sees "rows
 * inserted at the top" or "rows added at the bottom" and can keep its scroll position.
 */
final class ItemsUpdater {

    private ItemsUpdater() {
    }

    static <T> void update(ObservableList<T> shown, List<T> wanted) {
        int prefix = 0;
        int limit = Math.min(shown.size(), wanted.size());
        while (prefix < limit && shown.get(prefix).equals(wanted.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && shown.get(shown.size() - 1 - suffix).equals(wanted.get(wanted.size() - 1 - suffix))) {
            suffix++;
        }
        int shownEnd = shown.size() - suffix;
        int wantedEnd = wanted.size() - suffix;
        if (prefix == shownEnd) {
            if (prefix < wantedEnd) {
                shown.addAll(prefix, wanted.subList(prefix, wantedEnd));
            }
        } else if (prefix == wantedEnd) {
            shown.remove(prefix, shownEnd);
        } else {
            shown.subList(prefix, shownEnd).clear();
            shown.addAll(prefix, wanted.subList(prefix, wantedEnd));
        }
    }
}
