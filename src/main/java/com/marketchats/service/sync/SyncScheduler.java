package com.marketchats.service.sync;

import java.time.Duration;

/**
 * The one thread a {@link SyncEngine} makes its decisions on: every task runs there, one at a time, in
 * the order they fall due. The engine's own implementation is a single-thread scheduled executor; tests
 * give one whose time they move by hand, together with the matching clock.
 */
public interface SyncScheduler {

    /** Runs {@code task} on the scheduler's thread once {@code delay} has passed (zero: soon). */
    Cancellable schedule(Duration delay, Runnable task);

    /** Runs {@code task} on the scheduler's thread as soon as it is free, after the tasks already due. */
    default void execute(Runnable task) {
        schedule(Duration.ZERO, task);
    }

    /** A scheduled task that has not run yet can be called off. */
    @FunctionalInterface
    interface Cancellable {
        /** Keeps the task from running; does nothing once it ran. */
        void cancel();
    }
}
