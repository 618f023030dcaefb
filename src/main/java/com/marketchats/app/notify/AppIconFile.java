package com.marketchats.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The app icon as a file: a notification daemon runs in another process and cannot read the icon inside
 * the app's jar, so the 128 px PNG is copied into the data folder once per start.
 */
final class AppIconFile {

    private static final Logger LOG = LoggerFactory.getLogger(AppIconFile.class);
    private static final String RESOURCE = "/com/marketchats/app/icons/market-chats-128.png";

    private AppIconFile() {
    }

    /** The icon's file URI; empty (the daemon's default icon) when it cannot be written. */
    static String in(Path folder) {
        Path file = folder.resolve("icons").resolve("market-chats-128.png");
        try (InputStream icon = AppIconFile.class.getResourceAsStream(RESOURCE)) {
            if (icon == null) {
                throw new IOException(RESOURCE + " is missing from the build");
            }
            Files.createDirectories(file.getParent());
            Files.copy(icon, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toUri().toString();
        } catch (IOException e) {
            LOG.warn("The app icon for notifications could not be written: {}", e.toString());
            return "";
        }
    }
}
