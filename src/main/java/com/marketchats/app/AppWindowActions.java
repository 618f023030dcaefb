package com.marketchats.app;

import com.marketchats.view.WindowActions;
import com.marketchats.view.window.ShortcutsDialog;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.conversation.MarketHosts;
import com.marketchats.viewmodel.conversation.RunnableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The window's requests, served by the app: links and files through the desktop (off the FX thread, with
 * a message when the desktop cannot open them), a question first for a link outside Yandex Market and for
 * a file that can run code, and the other windows through {@link Dialogs}.
 */
final class AppWindowActions implements WindowActions {

    private static final Logger LOG = LoggerFactory.getLogger(AppWindowActions.class);

    private final AppWindow app;
    private final DesktopOpener desktop;
    private final UiContext ui;
    private final OpenPrompts prompts;

    AppWindowActions(AppWindow app, DesktopOpener desktop, UiContext ui) {
        this.app = app;
        this.desktop = desktop;
        this.ui = ui;
        this.prompts = new OpenPrompts(app.stage(), ui.texts());
    }

    @Override
    public void openLink(String url) {
        URI target;
        try {
            target = new URI(url);
        } catch (Exception invalid) {
            prompts.cannotOpen(url, null, this::showFolder);
            return;
        }
        if (MarketHosts.isMarket(url)) {
            open(target, null);
        } else {
            prompts.confirmLink(url, () -> open(target, null));
        }
    }

    @Override
    public void openFile(Path file) {
        RunnableFiles.runnableExtension(file).ifPresentOrElse(
                extension -> prompts.confirmRunnable(file, extension, () -> open(file.toUri(), file)),
                () -> open(file.toUri(), file));
    }

    /** Opens a folder (the log folder, where a damaged file was put) in the desktop's file manager. */
    void openFolder(Path folder) {
        open(folder.toUri(), folder);
    }

    private void open(URI target, Path file) {
        launch(target, failure -> {
            LOG.warn("The desktop could not open a {}: {}", file == null ? "link" : "file", failure.toString());
            prompts.cannotOpen(file == null ? target.toString() : file.toString(), file, this::showFolder);
        });
    }

    /** The folder holding the file; a second failure here is only logged, so the messages cannot chain. */
    private void showFolder(Path file) {
        launch(file.toAbsolutePath().getParent().toUri(),
                failure -> LOG.warn("The desktop could not show a folder either: {}", failure.toString()));
    }

    private void launch(URI target, Consumer<RuntimeException> onFailure) {
        ui.run(() -> {
            try {
                desktop.open(target);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, opened -> { }, onFailure);
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
    public void replaceKey(String accountId) {
        new CabinetDialogs(app, ui).replaceKey(accountId, app.stage());
    }

    @Override
    public void startChat() {
        app.dialogs().showStartChat();
    }

    @Override
    public void showAbout() {
        app.dialogs().showAbout();
    }

    @Override
    public void showShortcuts() {
        new ShortcutsDialog(ui.texts(), app.stage()).show();
    }
}
