package com.marketchats.app;

import javafx.scene.Scene;

import java.util.Arrays;

/**
 * The gaps between JavaFX pulses of a scene, taken after each layout: while something animates, a pulse
 * comes every 16.7 ms, so a longer gap is a frame the FX thread could not paint in time (a stutter).
 * Used on the FX thread only.
 */
final class PulseGaps {

    static final long STUTTER_MILLIS = 50;

    private final Scene scene;
    private final Runnable listener = this::pulse;
    private long[] gaps = new long[4_096];
    private int gapCount;
    private long last;
    private long longestNanos;
    private int stutters;
    private int pulses;

    PulseGaps(Scene scene) {
        this.scene = scene;
        scene.addPostLayoutPulseListener(listener);
    }

    private void pulse() {
        long now = System.nanoTime();
        if (last != 0) {
            long gap = now - last;
            longestNanos = Math.max(longestNanos, gap);
            if (gapCount == gaps.length) {
                gaps = Arrays.copyOf(gaps, gapCount * 2);
            }
            gaps[gapCount++] = gap;
            if (gap > STUTTER_MILLIS * 1_000_000) {
                stutters++;
            }
        }
        last = now;
        pulses++;
    }

    void stop() {
        scene.removePostLayoutPulseListener(listener);
    }

    double longestMillis() {
        return longestNanos / 1e6;
    }

    /** The gap that 99 % of the gaps do not exceed (nearest rank), 0 before two pulses. */
    double p99Millis() {
        if (gapCount == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(gaps, gapCount);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(0.99 * gapCount);
        return sorted[rank - 1] / 1e6;
    }

    int stutters() {
        return stutters;
    }

    int pulses() {
        return pulses;
    }
}
