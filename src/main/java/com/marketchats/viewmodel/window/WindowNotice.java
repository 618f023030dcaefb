package com.marketchats.viewmodel.window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Something the seller is told in a banner at the top of the window until they close it: a damaged file
 * the app recovered from, an error that broke something while the app kept running, or a cabinet whose
 * API key the Market refused.
 *
 * @param kind         which of these, for the banner's look and its buttons
 * @param text         what happened and what was kept, in the window's language
 * @param folder       the folder to open from the banner (where a damaged file was put, or the log folder)
 * @param details      what "Copy details" puts on the clipboard for support (never a key or a message text)
 * @param keyAccountId the cabinet whose key was refused, for the banner's "Replace API key" button
 */
public record WindowNotice(Kind kind, String text, Optional<Path> folder, Optional<String> details,
                           Optional<String> keyAccountId) {

    public enum Kind {
        /** The app repaired or set aside something and says what was kept. */
        RECOVERY,
        /** Something failed unexpectedly; the app goes on. */
        ERROR,
        /** The API answered 401 or 403 to a cabinet's key: it waits for a new key. */
        KEY_REFUSED
    }

    public static WindowNotice recovery(String text, Optional<Path> folder) {
        return new WindowNotice(Kind.RECOVERY, text, folder, Optional.empty(), Optional.empty());
    }

    static WindowNotice keyRefused(String text, String accountId) {
        return new WindowNotice(Kind.KEY_REFUSED, text, Optional.empty(), Optional.empty(), Optional.of(accountId));
    }
}
