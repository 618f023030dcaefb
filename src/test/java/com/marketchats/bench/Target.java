package com.marketchats.bench;

import java.util.Locale;

/**
 * What a figure should reach, from the benchmark issue; a miss is reported, never fails the build.
 *
 * @param atMost true: the figure must not exceed {@code value}; false: it must reach it
 */
record Target(boolean atMost, double value) {

    static Target atMost(double value) {
        return new Target(true, value);
    }

    static Target atLeast(double value) {
        return new Target(false, value);
    }

    boolean metBy(double figure) {
        return atMost ? figure <= value : figure >= value;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", atMost ? "≤" : "≥", Figure.format(value));
    }
}
