package com.marketchats.view;

import java.nio.file.Path;

/** What the window asks the app to do beyond its panes: other windows and dialogs, the browser, the desktop. */
public interface WindowActions {

    void openLink(String url);

    void openFile(Path file);

    void openSettings();

    /** The connect screen: the first cabinet, or another one ("Add cabinet"). */
    void connectCabinet();

    /** Asks for a new API key for a cabinet whose key the Market refused. */
    void replaceKey(String accountId);

    void startChat();

    void showAbout();

    /** The list of every keyboard shortcut (F1). */
    void showShortcuts();
}
