package com.marketchats.app;

import com.marketchats.view.WindowActions;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The window's requests, served by the app: the browser and the desktop through HostServices, dialogs through {@link Dialogs}. */
final class AppWindowActions implements WindowActions {

    private final AppWindow app;
    private final Consumer<String> showDocument;

    AppWindowActions(AppWindow app, Consumer<String> showDocument) {
        this.app = app;
        this.showDocument = showDocument;
    }

    @Override
    public void openLink(String url) {
        showDocument.accept(url);
    }

    @Override
    public void openFile(Path file) {
        showDocument.accept(file.toUri().toString());
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

    @Override
    public void showAbout() {
        app.dialogs().showAbout();
    }
}
