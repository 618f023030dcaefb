package com.marketchats.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code --startup-probe=FILE}: measures start-up as the seller sees it, from the process's start (as the
 * operating system recorded it, so JVM boot counts too) to the first pulse after the chat list has laid
 * out its rows, i.e. once those rows have been painted. Writes the milliseconds to FILE and exits. The
 * benchmark starts the app with it; measuring inside the app leaves out the benchmark's own process handling.
 */
final class StartupProbe {

    private final Scene scene;
    private final Path file;
    private final Runnable onPulse = this::pulse;
    private boolean rowsLaidOut;

    private StartupProbe(Scene scene, Path file) {
        this.scene = scene;
        this.file = file;
    }

    static void install(Scene scene, Path file) {
        StartupProbe probe = new StartupProbe(scene, file);
        scene.addPostLayoutPulseListener(probe.onPulse);
    }

    private void pulse() {
        if (rowsLaidOut) {
            // The pulse that laid the rows out also rendered them; this is the next one, so they are on screen.
            scene.removePostLayoutPulseListener(onPulse);
            write(Duration.between(processStart(), Instant.now()).toMillis());
            Platform.exit();
        } else if (scene.lookup("#chatList") instanceof ListView<?> list && !list.getItems().isEmpty()) {
            rowsLaidOut = true;
            Platform.requestNextPulse();
        }
    }

    private static Instant processStart() {
        return ProcessHandle.current().info().startInstant().orElseThrow(() ->
                new IllegalStateException("this system does not tell when the process started"));
    }

    private void write(long millis) {
        try {
            Files.writeString(file, Long.toString(millis));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the start-up time to " + file, e);
        }
    }
}
