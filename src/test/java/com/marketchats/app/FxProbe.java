package com.marketchats.app;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/** For the benchmark's app process: runs code on the FX thread and waits for conditions checked there. */
final class FxProbe {

    private static final long LOOK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private FxProbe() {
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | LinkageError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }

    static void runOnFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on the FX thread, holds; fails after {@code timeout}. */
    static void until(String what, Callable<Boolean> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("waited " + timeout.toSeconds() + " s for " + what);
            }
            LockSupport.parkNanos(LOOK_EVERY_NANOS);
        }
    }

    /** Lets {@code length} of wall time pass (a benchmark step, not a wait for a condition). */
    static void pause(Duration length) {
        long deadline = System.nanoTime() + length.toNanos();
        for (long left = length.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
