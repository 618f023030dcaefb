package com.marketchats.testing;

import java.util.List;

/** Texts that draw nothing, each refused like an empty text wherever a message is sent. */
public final class InvisibleTexts {

    /** One of each kind (spaces, line breaks, zero-width and format characters, fillers), then all together. */
    public static final List<String> ALL = List.of(
            " ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\u2028",
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u202E", "\u2066",
            "\u115F", "\u1160", "\u3164", "\uFFA0", "\u2800", "\u180E", "\u034F", "\uFE0F",
            "\uDB40\uDC20", "\u0000", "\u007F",
            " \u00A0\u2003\u200B\u200C\u200D\u2060\uFEFF\u115F\u1160\u3164\uFFA0\u2800\u180E\t\n");

    /** All of {@link #ALL} around one visible character. */
    public static String around(String visible) {
        return "\u200B\u00A0\u3164" + visible + "\u2800\uFEFF\n";
    }

    private InvisibleTexts() {
    }
}
