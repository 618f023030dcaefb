package com.marketchats.viewmodel.window;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The banners at the top of the window, oldest first. Every source (a recovered store or settings file,
 * an unexpected error) adds to this one list on the UI executor, so the window has one place to show them
 * and one way to close them. A notice equal to one on screen is not shown twice, and errors beyond a few
 * on screen are left to the log, so a failure that repeats cannot bury the window.
 */
public final class WindowNotices {

    static final int MAX_ERRORS_SHOWN = 3;

    private final ObservableList<WindowNotice> shown = FXCollections.observableArrayList();
    private final ObservableList<WindowNotice> readOnly = FXCollections.unmodifiableObservableList(shown);

    public void add(WindowNotice notice) {
        if (shown.contains(notice)) {
            return;
        }
        long errors = shown.stream().filter(each -> each.kind() == WindowNotice.Kind.ERROR).count();
        if (notice.kind() == WindowNotice.Kind.ERROR && errors >= MAX_ERRORS_SHOWN) {
            return;
        }
        shown.add(notice);
    }

    /** The seller closed the banner. */
    public void dismiss(WindowNotice notice) {
        shown.remove(notice);
    }

    public ObservableList<WindowNotice> shown() {
        return readOnly;
    }
}
