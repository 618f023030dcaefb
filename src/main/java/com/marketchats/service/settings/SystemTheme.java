package com.marketchats.service.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark look, asked through its own command-line tools
 * (JavaFX 21 cannot tell). Each question has a limit of a second, after which its program is killed;
 * anything unclear counts as light. Up to two questions are asked: never on the FX thread ({@link KnownSystemTheme}).
 */
public final class SystemTheme {

    private static final Logger LOG = LoggerFactory.getLogger(SystemTheme.class);
    private static final long TIMEOUT_MILLIS = 1000;
    private static final int MAX_OUTPUT = 4096;

    private SystemTheme() {
    }

    /** True when the system prefers dark windows; false when it prefers light or cannot be asked. */
    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windowsPrefersDark(ask(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")));
        }
        if (os.startsWith("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT)
                    .contains("dark");
        }
        String scheme = ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.contains("dark")) {
            return true;
        }
        if (scheme.contains("light")) {
            return false;
        }
        return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .toLowerCase(Locale.ROOT).contains("dark");
    }

    /** Windows answers e.g. {@code AppsUseLightTheme    REG_DWORD    0x0}; 0 means dark. */
    static boolean windowsPrefersDark(String regOutput) {
        return regOutput.contains("AppsUseLightTheme") && regOutput.strip().endsWith("0x0");
    }

    /** The command's output, or "" when it is missing, fails or takes too long. */
    private static String ask(List<String> command) {
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return "";
            }
            try (InputStream output = process.getInputStream()) {
                return new String(output.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            LOG.debug("cannot ask the system theme with {}: {}", command.get(0), e.toString());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }
}
