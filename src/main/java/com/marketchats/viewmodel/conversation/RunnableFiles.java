package com.marketchats.viewmodel.conversation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Files whose real type can run code when the desktop opens them. Decided by the last extension of the
 * name the file has on disk (the cleaned one), not by the name the sender shows: a name with a
 * right-to-left mark can read "….pdf" and end in ".exe".
 */
public final class RunnableFiles {

    private static final Set<String> RUNNABLE = Set.of(
            "exe", "msi", "msp", "bat", "cmd", "com", "scr", "pif", "cpl", "js", "jse", "vbs", "vbe", "wsf",
            "wsh", "hta", "ps1", "psm1", "jar", "sh", "bash", "zsh", "csh", "command", "run", "bin", "app",
            "lnk", "url", "desktop", "reg", "inf", "scf", "appimage", "deb", "rpm", "pkg", "dmg", "apk", "py",
            "pl", "rb", "msc", "gadget", "application", "jnlp", "dll", "sys", "docm", "xlsm", "pptm");

    private RunnableFiles() {
    }

    /** The file's real extension (lower case, without the dot) when it is one that can run code. */
    public static Optional<String> runnableExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return RUNNABLE.contains(extension) ? Optional.of(extension) : Optional.empty();
    }
}
