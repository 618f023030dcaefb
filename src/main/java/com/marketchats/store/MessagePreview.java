package com.marketchats.store;

import com.marketchats.text.ShownFileNames;

import java.util.regex.Pattern;

/** The one-line preview of a chat's last message shown in the chat list. */
final class MessagePreview {

    /** Longest preview in characters (code points), the ellipsis included. */
    static final int MAX_LENGTH = 120;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MessagePreview() {
    }

    /**
     * The message text on one line (runs of whitespace and line breaks become one space), cut to
     * {@link #MAX_LENGTH} with an ellipsis; when the message has no text, the first attachment's name as
     * {@link ShownFileNames} shows it;
     * null when it has neither.
     */
    static String of(String text, String firstAttachmentName) {
        String line = text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (line.isEmpty()) {
            String name = ShownFileNames.of(firstAttachmentName);
            return name == null || name.isBlank() ? null : oneLine(name);
        }
        return cut(line);
    }

    private static String oneLine(String value) {
        return cut(WHITESPACE.matcher(value).replaceAll(" ").strip());
    }

    private static String cut(String line) {
        if (line.codePointCount(0, line.length()) <= MAX_LENGTH) {
            return line;
        }
        int end = line.offsetByCodePoints(0, MAX_LENGTH - 1);
        return line.substring(0, end).stripTrailing() + "…";
    }
}
