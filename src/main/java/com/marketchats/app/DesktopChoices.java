package com.marketchats.app;

import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.DesktopOptions;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.window.MainViewModel;

import java.util.concurrent.Executor;

/**
 * Keeps what the seller chose outside Settings (the close button's answer, a pause from the tray): in the
 * window's settings at once, and on disk in the background.
 */
final class DesktopChoices {

    private final SettingsStore store;
    private final Executor background;

    DesktopChoices(SettingsStore store, Executor background) {
        this.store = store;
        this.background = background;
    }

    void save(MainViewModel main, DesktopOptions desktop) {
        AppSettings saved = main.settingsProperty().get().withDesktop(desktop);
        main.applySettings(saved);
        store.saveLater(saved, background);
    }
}
