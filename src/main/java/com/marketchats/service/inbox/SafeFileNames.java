package com.marketchats.service.inbox;

import com.marketchats.text.ShownFileNames;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name a buyer chose into a file name that is harmless on every desktop system: the name as
 * {@link ShownFileNames} shows it (no folders, {@code ../../x} becomes {@code x}; no bidi controls), no characters Windows forbids, no device names ({@code con.txt}
 * becomes {@code _con.txt}), no trailing dots or spaces, not hidden, not empty, at most 150 characters.
 */
public final class SafeFileNames {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_LENGTH = 150;
    private static final String FALLBACK = "attachment";

    private SafeFileNames() {
    }

    public static String of(String name) {
        String base = name == null ? "" : ShownFileNames.of(name);
        base = FORBIDDEN.matcher(base).replaceAll("_").strip();
        base = base.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (base.isEmpty()) {
            return FALLBACK;
        }
        String stem = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
        if (DEVICE_NAMES.contains(stem.toLowerCase(Locale.ROOT))) {
            base = "_" + base;
        }
        return shorten(base);
    }

    /** The safe name's extension with its dot ({@code .pdf}), or an empty string when it has none. */
    public static String extensionOf(String name) {
        String safe = of(name);
        int dot = safe.lastIndexOf('.');
        String extension = dot < 0 ? "" : safe.substring(dot);
        return extension.length() > 10 || !extension.matches("\\.[\\p{L}\\p{N}]+") ? "" : extension;
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}
