package com.marketchats.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Market Chats keeps its data: the {@code --data-dir} override when given, otherwise the
 * operating system's per-user data folder.
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/market-chats}, or {@code ~/.local/share/market-chats}
 *       when {@code XDG_DATA_HOME} is unset, empty or relative (the XDG spec says to ignore it then);</li>
 *   <li>Windows: {@code %APPDATA%\Market Chats}, or {@code ~\AppData\Roaming\Market Chats} without {@code APPDATA};</li>
 *   <li>macOS: {@code ~/Library/Application Support/Market Chats}.</li>
 * </ul>
 * The folder is only named here, not created.
 */
public final class DataDirectory {

    static final String UNIX_FOLDER = "market-chats";
    static final String FOLDER = "Market Chats";

    private DataDirectory() {
    }

    /** Resolves the folder for this process: its environment, {@code os.name} and {@code user.home}. */
    public static Path resolve(Optional<Path> override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** Resolves the folder from the given values, so that every operating system can be tested anywhere. */
    public static Path resolve(Optional<Path> override, Map<String, String> env, String osName, Path home) {
        if (override.isPresent()) {
            return override.get().toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = isBlank(appData) ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return roaming.resolve(FOLDER);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (!isBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(UNIX_FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(UNIX_FOLDER);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
