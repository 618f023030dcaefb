package com.marketchats.app;

import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.DesktopOptions;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.window.MainViewModel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps what the seller chose outside Settings (the close button's answer, a pause from the tray): in the
 * window's settings at once, and on disk in the background.
 */
final class DesktopChoices {

    private final SettingsStore store;
    private final Executor background;
    /** The newest settings to write: two quick choices may be saved by two threads in either order. */
    private final AtomicReference<AppSettings> newest = new AtomicReference<>();

    DesktopChoices(SettingsStore store, Executor background) {
        this.store = store;
        this.background = background;
    }

    void save(MainViewModel main, DesktopOptions desktop) {
        AppSettings saved = main.settingsProperty().get().withDesktop(desktop);
        main.applySettings(saved);
        newest.set(saved);
        background.execute(() -> {
            synchronized (newest) {
                AppSettings toWrite = newest.getAndSet(null);
                if (toWrite != null) {
                    store.save(toWrite);
                }
            }
        });
    }
}
