package com.marketchats.viewmodel.window;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The banners of things the app recovered, newest last. Every source adds to this one list (on the UI
 * executor), so the window has one place to show them and one way to close them.
 */
public final class RecoveryNotices {

    private final ObservableList<RecoveryNotice> shown = FXCollections.observableArrayList();
    private final ObservableList<RecoveryNotice> readOnly = FXCollections.unmodifiableObservableList(shown);

    public void add(RecoveryNotice notice) {
        if (!shown.contains(notice)) {
            shown.add(notice);
        }
    }

    /** The seller closed the banner. */
    public void dismiss(RecoveryNotice notice) {
        shown.remove(notice);
    }

    public ObservableList<RecoveryNotice> shown() {
        return readOnly;
    }
}
