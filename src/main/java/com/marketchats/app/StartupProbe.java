package com.marketchats.app;

import javafx.application.Platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * {@code --startup-probe=FILE}: measures start-up as the seller sees it, from the process's start (as the
 * operating system recorded it, so JVM boot counts too) to the first pulse after the chat list has laid
 * out its rows, i.e. once those rows have been painted. Writes the milliseconds to FILE and exits. The
 * benchmark starts the app with it; measuring inside the app leaves out the benchmark's own process handling.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    /** @param firstList when the window first painted chats ({@link FirstListPaint}) */
    static void install(CompletableFuture<Void> firstList, Path file) {
        firstList.thenRun(() -> {
            write(file, Duration.between(processStart(), Instant.now()).toMillis());
            Platform.exit();
        });
    }

    private static Instant processStart() {
        return ProcessHandle.current().info().startInstant().orElseThrow(() ->
                new IllegalStateException("this system does not tell when the process started"));
    }

    private static void write(Path file, long millis) {
        try {
            Files.writeString(file, Long.toString(millis));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the start-up time to " + file, e);
        }
    }
}
