package com.marketchats.app;

import com.marketchats.store.OwnerOnlyFiles;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Points logback.xml's rolling file at {@code <data folder>/logs/market-chats.log} and sets the app's log
 * level. Logback reads its configuration once, when the first logger is created, so this must run before
 * any class with a logger is touched: the properties set later are never read.
 */
final class LogSetup {

    // Read by logback.xml, which names the file in this folder: market-chats.log.
    private static final String DIRECTORY_PROPERTY = "marketchats.log.dir";
    private static final String LEVEL_PROPERTY = "marketchats.log.level";
    private static final String FOLDER_NAME = "logs";

    private LogSetup() {
    }

    /**
     * @param dataDirectory the data folder this run uses (checked usable already)
     * @param verbose       {@code --verbose}: DEBUG lines (one per API request) instead of INFO
     */
    static void configure(Path dataDirectory, boolean verbose) {
        Path folder = dataDirectory.resolve(FOLDER_NAME);
        // A level given with -Dmarketchats.log.level stays, unless --verbose asks for DEBUG.
        System.setProperty(LEVEL_PROPERTY, verbose ? "DEBUG" : System.getProperty(LEVEL_PROPERTY, "INFO"));
        System.setProperty(DIRECTORY_PROPERTY, folder.toString());
        try {
            OwnerOnlyFiles.createDirectories(folder);
            // The first logger starts logback, whose appender makes the file with the umask's permissions:
            // tightened before any line is written. Logback cannot set permissions itself; a file it starts
            // after a roll-over is tightened at the next start, and the owner-only folder keeps others out.
            LoggerFactory.getLogger(LogSetup.class);
            OwnerOnlyFiles.tighten(folder);
        } catch (IOException e) {
            // The appender says on the console why it cannot write; the app runs on without a file.
            System.err.println("market-chats: cannot create the log folder " + folder + ": " + e.getMessage());
        }
    }
}
