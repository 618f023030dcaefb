package com.marketchats.service.autostart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Linux and other freedesktop systems: a {@code market-chats.desktop} file in the user's autostart folder
 * ({@code $XDG_CONFIG_HOME/autostart}), per the XDG Autostart and Desktop Entry specifications. Off is no
 * file at all: {@code Hidden=true} exists to mask a system-wide entry, which the app does not install.
 */
public final class XdgAutostart implements Autostart {

    static final String FILE_NAME = "market-chats.desktop";

    private final Path file;
    private final Path launcher;

    /**
     * @param autostartFolder {@code $XDG_CONFIG_HOME/autostart}, or {@code ~/.config/autostart}
     * @param launcher        the installed native launcher, such as {@code /opt/market-chats/bin/Market Chats}
     */
    public XdgAutostart(Path autostartFolder, Path launcher) {
        this.file = autostartFolder.resolve(FILE_NAME);
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    /** On when the file exists and neither {@code Hidden=true} nor GNOME's own switch turns it off. */
    @Override
    public boolean isEnabled() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return !"true".equals(value(lines, "Hidden")) && !"false".equals(value(lines, "X-GNOME-Autostart-enabled"));
    }

    @Override
    public void enable() throws IOException {
        EntryFiles.write(file, entry());
    }

    @Override
    public void disable() throws IOException {
        EntryFiles.delete(file);
    }

    String entry() {
        StringBuilder text = new StringBuilder()
                .append("[Desktop Entry]\n")
                .append("Type=Application\n")
                .append("Version=1.0\n")
                .append("Name=Market Chats\n")
                .append("Comment=Buyer chats of a Yandex Market seller cabinet\n")
                .append("Exec=").append(escapeString(quoteArgument(launcher.toString()))).append(' ')
                .append(MINIMIZED_ARGUMENT).append('\n');
        // jpackage's Linux layout keeps the icon in lib/ beside bin/, named after the launcher; without it the
        // entry still starts the app, only with the desktop's default icon.
        Path icon = iconOf(launcher);
        if (Files.isRegularFile(icon)) {
            text.append("Icon=").append(escapeString(icon.toString())).append('\n');
        }
        return text.append("Terminal=false\n")
                .append("X-GNOME-Autostart-enabled=true\n")
                .toString();
    }

    /** {@code /opt/market-chats/bin/Market Chats} → {@code /opt/market-chats/lib/Market Chats.png}. */
    static Path iconOf(Path launcher) {
        Path folder = launcher.toAbsolutePath().getParent();
        Path root = folder.getParent() == null ? folder : folder.getParent();
        return root.resolve("lib").resolve(launcher.getFileName() + ".png");
    }

    /**
     * One argument of {@code Exec}, always in double quotes (a path may hold any reserved character); inside
     * them {@code "}, {@code `}, {@code $} and {@code \} take a backslash, and {@code %} is doubled so that it
     * is not read as a field code.
     */
    static String quoteArgument(String argument) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : argument.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c == '%' ? "%%" : String.valueOf(c));
        }
        return quoted.append('"').toString();
    }

    /** The escapes of a Desktop Entry string value, applied after the quoting of {@code Exec}. */
    static String escapeString(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    /** The value of {@code key} in the {@code [Desktop Entry]} group, lower-cased; null when absent. */
    private static String value(List<String> lines, String key) {
        boolean inEntry = false;
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("[")) {
                inEntry = trimmed.equals("[Desktop Entry]");
            } else if (inEntry && trimmed.contains("=")
                    && trimmed.substring(0, trimmed.indexOf('=')).trim().equals(key)) {
                return trimmed.substring(trimmed.indexOf('=') + 1).trim().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
