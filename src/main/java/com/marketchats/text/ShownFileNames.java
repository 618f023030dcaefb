package com.marketchats.text;

/**
 * A file name from the API as the app shows it and starts a file name on disk from. A buyer chooses the
 * name, so it may carry bidi controls that make "invoice‮fdp.exe" read as "invoiceexe.pdf", invisible
 * characters that hide part of it, or folders ("../../x"). Every place that shows a name or saves a file
 * asks this class, so that a name reads the same in the list, the conversation, a notification and the
 * saved file.
 */
public final class ShownFileNames {

    private ShownFileNames() {
    }

    /** The name without bidi controls, zero-width characters and the byte-order mark, and without folders; null for null. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(codePoint -> !isHidingCharacter(codePoint)).forEach(kept::appendCodePoint);
        String clean = kept.toString();
        int slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
        return clean.substring(slash + 1).strip();
    }

    /** U+202A–U+202E and U+2066–U+2069 (bidi embeddings, overrides, isolates), U+200B–U+200F, U+FEFF. */
    private static boolean isHidingCharacter(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || (codePoint >= 0x200B && codePoint <= 0x200F)
                || codePoint == 0xFEFF;
    }
}
