package com.marketchats.app;

import javafx.scene.Scene;

/**
 * The gaps between JavaFX pulses of a scene, taken after each layout: while something animates, a pulse
 * comes every 16.7 ms, so a longer gap is a frame the FX thread could not paint in time (a stutter).
 * Used on the FX thread only.
 */
final class PulseGaps {

    static final long STUTTER_MILLIS = 50;

    private final Scene scene;
    private final Runnable listener = this::pulse;
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

    int stutters() {
        return stutters;
    }

    int pulses() {
        return pulses;
    }
}
