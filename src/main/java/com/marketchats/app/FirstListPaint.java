package com.marketchats.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;

import java.util.concurrent.CompletableFuture;

/**
 * The moment the seller first sees chats: the first pulse after the window's chat list ({@code #chatList})
 * has laid out rows, i.e. once those rows have been painted. The start-up probe measures to it, and the
 * cabinets' syncing waits for it ({@link CabinetSessions#windowPainted()}), so that on two cores the first
 * sync's threads do not slow the first frame.
 */
final class FirstListPaint {

    private final Scene scene;
    private final CompletableFuture<Void> painted = new CompletableFuture<>();
    private final Runnable onPulse = this::pulse;
    private boolean rowsLaidOut;

    private FirstListPaint(Scene scene) {
        this.scene = scene;
    }

    /** Watches {@code scene} (whatever root it shows later); the future completes on the FX thread. */
    static CompletableFuture<Void> in(Scene scene) {
        FirstListPaint watch = new FirstListPaint(scene);
        scene.addPostLayoutPulseListener(watch.onPulse);
        return watch.painted;
    }

    private void pulse() {
        if (rowsLaidOut) {
            // The pulse that laid the rows out also rendered them; this is the next one, so they are on screen.
            scene.removePostLayoutPulseListener(onPulse);
            painted.complete(null);
        } else if (scene.lookup("#chatList") instanceof ListView<?> list && !list.getItems().isEmpty()) {
            rowsLaidOut = true;
            Platform.requestNextPulse();
        }
    }
}
