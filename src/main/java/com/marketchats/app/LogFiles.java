package com.marketchats.app;

import java.nio.file.Path;

/** Where the app's log lives in a data folder: what the error banner, the About dialog and start-up messages point at. */
final class LogFiles {

    static final String FOLDER = "logs";
    static final String FILE = "market-chats.log";

    private LogFiles() {
    }

    static Path folder(Path dataDirectory) {
        return dataDirectory.resolve(FOLDER);
    }

    static Path file(Path dataDirectory) {
        return folder(dataDirectory).resolve(FILE);
    }
}
