package com.marketchats.app;

import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.settings.AppSettings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What support needs to know about this copy of the app, as plain text for "Copy diagnostics": version and
 * commit, Java, JavaFX, the system, the folders, how many cabinets and where keys are kept. Never a key,
 * a message text or a buyer's name.
 */
final class Diagnostics {

    private Diagnostics() {
    }

    /** @param windowLocale the language the window is shown in (the settings' choice, the system's or --lang) */
    static String describe(AppVersion version, Path dataDirectory, AppSettings settings, Locale windowLocale,
                           CredentialVault vault) {
        return describe(version, dataDirectory, settings, windowLocale, vault.kind().name(),
                System.getProperties()::getProperty);
    }

    static String describe(AppVersion version, Path dataDirectory, AppSettings settings, Locale windowLocale,
                           String vaultKind, Function<String, String> property) {
        long real = settings.accounts().stream().filter(account -> !account.demo()).count();
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("Market Chats", version.version() + " (commit " + version.commit() + ")");
        lines.put("Java", property.apply("java.runtime.version") + " (" + property.apply("java.vendor") + ")");
        lines.put("JavaFX", String.valueOf(property.apply("javafx.runtime.version")));
        lines.put("System", property.apply("os.name") + " " + property.apply("os.version") + " " + property.apply("os.arch"));
        lines.put("Language", "window " + windowLocale.toLanguageTag() + ", system " + Locale.getDefault().toLanguageTag());
        lines.put("Data folder", dataDirectory.toString());
        lines.put("Log", LogFiles.file(dataDirectory).toString());
        lines.put("Cabinets", real + " connected");
        lines.put("Keys kept in", vaultKind);
        StringBuilder text = new StringBuilder();
        lines.forEach((name, value) -> text.append(name).append(": ").append(value).append(System.lineSeparator()));
        return text.toString();
    }
}
