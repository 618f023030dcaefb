package com.marketchats.service.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a server whose windows last 30 seconds (the client assumes the API's hour), the budget adopts
 * the window its headers show, so a first sync that needs two windows of histories ends in the second
 * one instead of waiting for an hour's refill, and never meets a 420.
 */
class ShortWindowsTest {

    private static final Duration WINDOW = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void aFirstSyncSpanningTwoThirtySecondWindowsEndsInTheSecondWithoutA420() {
        // 24 histories, 15 a window for background reads (20 less the reserve of 5): two windows.
        WindowedFirstSync.Outcome outcome = WindowedFirstSync.run(24, 20, WINDOW, dataDirectory, Duration.ofSeconds(55));

        assertThat(outcome.histories()).as("more than one window's worth").isGreaterThan(15);
        assertThat(outcome.learnedWindow()).isBetween(WINDOW, WINDOW.plusSeconds(3));
        assertThat(outcome.rateLimited()).isZero();
        assertThat(outcome.wallSeconds()).isLessThan(WINDOW.getSeconds() * 1.5);
    }
}
