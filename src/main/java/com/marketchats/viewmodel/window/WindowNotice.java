package com.marketchats.viewmodel.window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Something the seller is told in a banner at the top of the window until they close it: a damaged file
 * the app recovered from, or an error that broke something while the app kept running.
 *
 * @param kind    which of the two, for the banner's look and its folder button's words
 * @param text    what happened and what was kept, in the window's language
 * @param folder  the folder to open from the banner (where a damaged file was put, or the log folder)
 * @param details what "Copy details" puts on the clipboard for support (never a key or a message text)
 */
public record WindowNotice(Kind kind, String text, Optional<Path> folder, Optional<String> details) {

    public enum Kind {
        /** The app repaired or set aside something and says what was kept. */
        RECOVERY,
        /** Something failed unexpectedly; the app goes on. */
        ERROR
    }

    public static WindowNotice recovery(String text, Optional<Path> folder) {
        return new WindowNotice(Kind.RECOVERY, text, folder, Optional.empty());
    }
}
