package com.marketchats.viewmodel.compose;

/**
 * A stretch of the compose text: what a quick reply leaves selected, or an empty span where the caret goes.
 *
 * @param start the first character
 * @param end   one past the last character; equal to {@code start} for a caret
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + ".." + end);
        }
    }

    TextSpan shiftedBy(int offset) {
        return new TextSpan(start + offset, end + offset);
    }
}
