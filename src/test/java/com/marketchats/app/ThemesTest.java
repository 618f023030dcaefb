package com.marketchats.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.marketchats.service.settings.KnownSystemTheme;
import com.marketchats.service.settings.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Start-up's theme with a system whose answer comes late, as a hanging {@code gsettings} or {@code reg} does. */
class ThemesTest {

    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    @TempDir
    Path data;

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final CountDownLatch systemAnswers = new CountDownLatch(1);
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final AtomicInteger answersHandled = new AtomicInteger();

    @AfterEach
    void stop() throws InterruptedException {
        systemAnswers.countDown();
        background.shutdown();
        // The answer's write into the data folder must be over before the temporary folder is deleted.
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theLastKnownSystemThemeComesAtOnceAndTheDetectedOneWhenItIsIn() throws Exception {
        Files.writeString(data.resolve(KnownSystemTheme.FILE_NAME), "dark");
        Themes themes = startWithSystemAnswering(false);

        long started = System.nanoTime();
        themes.apply(null, Theme.SYSTEM);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(shown).containsExactly(DARK);

        systemAnswers.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> shown.equals(List.of(DARK, LIGHT)));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                Files.readString(data.resolve(KnownSystemTheme.FILE_NAME)).equals("light"));
    }

    @Test
    void aChosenThemeStaysWhateverTheSystemAnswers() {
        Themes themes = startWithSystemAnswering(true);
        themes.apply(null, Theme.LIGHT);
        systemAnswers.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> answersHandled.get() == 1);
        assertThat(shown).containsExactly(LIGHT);

        themes.apply("system", Theme.LIGHT);
        assertThat(shown).containsExactly(LIGHT, DARK);
    }

    @Test
    void anEarlyAnswerWaitsForTheSettings() {
        Themes themes = startWithSystemAnswering(true);
        systemAnswers.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> answersHandled.get() == 1);
        assertThat(shown).isEmpty();

        themes.apply(null, Theme.SYSTEM);
        assertThat(shown).containsExactly(DARK);
    }

    /** Themes as AppWindow builds them, the FX thread stood in for by the thread the answer arrives on. */
    private Themes startWithSystemAnswering(boolean dark) {
        KnownSystemTheme system = KnownSystemTheme.start(data, () -> {
            try {
                systemAnswers.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dark;
        }, background);
        return new Themes(system, shown::add, task -> {
            task.run();
            answersHandled.incrementAndGet();
        });
    }
}
