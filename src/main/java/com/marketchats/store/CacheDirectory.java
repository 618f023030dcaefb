package com.marketchats.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The operating system's per-user cache folder for Market Chats: files the app can make again at any
 * time (such as SQLite's native library), kept apart from the data folder so that deleting a cache never
 * touches the seller's data, and backups may skip it.
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_CACHE_HOME/market-chats}, or {@code ~/.cache/market-chats} when
 *       {@code XDG_CACHE_HOME} is unset, empty or relative;</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\Market Chats\Cache} (local, not roaming: a cache has no business on
 *       the network profile), or {@code ~\AppData\Local\Market Chats\Cache} without {@code LOCALAPPDATA};</li>
 *   <li>macOS: {@code ~/Library/Caches/Market Chats}.</li>
 * </ul>
 * The folder is only named here, not created.
 */
final class CacheDirectory {

    private CacheDirectory() {
    }

    static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    static Path resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path local = isBlank(localAppData) ? home.resolve("AppData").resolve("Local") : Path.of(localAppData);
            return local.resolve(DataDirectory.FOLDER).resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Caches").resolve(DataDirectory.FOLDER);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (!isBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(DataDirectory.UNIX_FOLDER);
        }
        return home.resolve(".cache").resolve(DataDirectory.UNIX_FOLDER);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
