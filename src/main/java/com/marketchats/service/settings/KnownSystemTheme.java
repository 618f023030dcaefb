package com.marketchats.service.settings;

import com.marketchats.store.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Whether the system prefers dark windows, as far as it is known: at once the answer found by the last
 * run, and later the answer of asking the system now ({@link SystemTheme} runs external programs that
 * can take a second, so the window must not wait for it). A new answer is kept for the next start in a
 * file of its own, {@value #FILE_NAME}: the settings file is saved whole from the window's copy of the
 * settings, which would write an older answer back over it.
 */
public final class KnownSystemTheme {

    public static final String FILE_NAME = "system-theme.txt";
    private static final Logger LOG = LoggerFactory.getLogger(KnownSystemTheme.class);
    private static final String DARK = "dark";
    private static final String LIGHT = "light";

    private final boolean lastDark;
    private final CompletableFuture<Boolean> detected;

    private KnownSystemTheme(boolean lastDark, CompletableFuture<Boolean> detected) {
        this.lastDark = lastDark;
        this.detected = detected;
    }

    /**
     * Reads the last run's answer (a small file: call it off the FX thread) and starts asking {@code detector}
     * on {@code background}; a new answer is written back there too.
     */
    public static KnownSystemTheme start(Path dataDirectory, BooleanSupplier detector, Executor background) {
        Path file = dataDirectory.resolve(FILE_NAME);
        boolean lastDark = readDark(file);
        CompletableFuture<Boolean> detected = CompletableFuture.supplyAsync(detector::getAsBoolean, background);
        detected.thenAcceptAsync(dark -> {
            if (dark != lastDark) {
                remember(file, dark);
            }
        }, background);
        return new KnownSystemTheme(lastDark, detected);
    }

    /** The last run's answer; light when the system was never asked in this data folder. */
    public boolean lastDark() {
        return lastDark;
    }

    /** The system's answer now, once it has given it (light when it cannot be asked). */
    public CompletableFuture<Boolean> detected() {
        return detected;
    }

    private static boolean readDark(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().equals(DARK);
        } catch (NoSuchFileException firstStart) {
            return false;
        } catch (IOException e) {
            LOG.debug("Cannot read the last system theme from {}: {}", file, e.toString());
            return false;
        }
    }

    private static void remember(Path file, boolean dark) {
        try {
            DurableFiles.replace(file, (dark ? DARK : LIGHT).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Cannot keep the system theme in {}; the next start begins with the older answer: {}", file, e.toString());
        }
    }
}
