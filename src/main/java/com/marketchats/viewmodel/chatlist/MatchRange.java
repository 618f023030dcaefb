package com.marketchats.viewmodel.chatlist;

import java.util.List;

/**
 * Where a searched number sits in a row's text, so the row can show what the search matched.
 *
 * @param start the first matched character
 * @param end   one past the last matched character
 */
public record MatchRange(int start, int end) {

    public MatchRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a range: " + start + ".." + end);
        }
    }

    /** The first of {@code searched} found in {@code text}, or null when none is in it. */
    static MatchRange firstOf(List<String> searched, String text) {
        for (String wanted : searched) {
            int at = text == null ? -1 : text.indexOf(wanted);
            if (at >= 0) {
                return new MatchRange(at, at + wanted.length());
            }
        }
        return null;
    }
}
