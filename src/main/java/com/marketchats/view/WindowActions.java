package com.marketchats.view;

import java.nio.file.Path;

/** What the window asks the app to do beyond its panes: other windows and dialogs, the browser, the desktop. */
public interface WindowActions {

    void openLink(String url);

    void openFile(Path file);

    void openSettings();

    void connectCabinet();

    void startChat();

    void showAbout();
}
