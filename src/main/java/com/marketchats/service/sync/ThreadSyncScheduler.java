package com.marketchats.service.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The engine's own {@link SyncScheduler}: one daemon thread. A task that throws is logged (a scheduled
 * executor would keep the failure to itself); tasks given after {@link #shutdown()} are dropped.
 */
final class ThreadSyncScheduler implements SyncScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadSyncScheduler.class);

    private final ScheduledThreadPoolExecutor executor;

    ThreadSyncScheduler(String threadName) {
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        try {
            ScheduledFuture<?> future = executor.schedule(() -> runLogged(task),
                    Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException stopped) {
            LOG.debug("The sync scheduler is shut down; a task was dropped");
            return () -> { };
        }
    }

    void shutdown() {
        executor.shutdown();
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("A sync step failed", e);
        }
    }
}
