package com.marketchats.service.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KnownSystemThemeTest {

    @TempDir
    Path data;

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final CountDownLatch answer = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        answer.countDown();
        background.shutdown();
        // The answer's write into the data folder must be over before the temporary folder is deleted.
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFirstStartKnowsNothingYetAndKeepsTheSystemsAnswerForTheNext() {
        KnownSystemTheme first = KnownSystemTheme.start(data, () -> true, background);
        assertThat(first.lastDark()).isFalse();
        assertThat(first.detected()).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(true);
        Path file = data.resolve(KnownSystemTheme.FILE_NAME);
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(file));

        KnownSystemTheme next = KnownSystemTheme.start(data, hangingDetector(false), background);
        assertThat(next.lastDark()).isTrue();
    }

    @Test
    void aSystemThatDoesNotAnswerDelaysNothing() {
        long started = System.nanoTime();
        KnownSystemTheme theme = KnownSystemTheme.start(data, hangingDetector(true), background);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(theme.lastDark()).isFalse();
        assertThat(theme.detected()).isNotDone();

        answer.countDown();
        assertThat(theme.detected()).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(true);
    }

    @Test
    void anUnreadableOrForeignFileCountsAsLight() throws Exception {
        Files.writeString(data.resolve(KnownSystemTheme.FILE_NAME), "purple\n");
        assertThat(KnownSystemTheme.start(data, hangingDetector(false), background).lastDark()).isFalse();
    }

    /** Answers {@code dark} only once the test lets it, like a {@code gsettings} that hangs. */
    private BooleanSupplier hangingDetector(boolean dark) {
        return () -> {
            try {
                answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dark;
        };
    }
}
