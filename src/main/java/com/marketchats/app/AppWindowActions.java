package com.marketchats.app;

import com.marketchats.view.WindowActions;
import javafx.application.HostServices;

import java.nio.file.Path;

/** The window's requests, served by the app: the browser and the desktop through HostServices, dialogs through {@link Dialogs}. */
final class AppWindowActions implements WindowActions {

    private final MarketChatsApp app;
    private final HostServices host;

    AppWindowActions(MarketChatsApp app, HostServices host) {
        this.app = app;
        this.host = host;
    }

    @Override
    public void openLink(String url) {
        host.showDocument(url);
    }

    @Override
    public void openFile(Path file) {
        host.showDocument(file.toUri().toString());
    }

    @Override
    public void openSettings() {
        app.dialogs().showSettings();
    }

    @Override
    public void connectCabinet() {
        app.dialogs().showOnboarding();
    }

    @Override
    public void startChat() {
        app.dialogs().showStartChat();
    }
}
