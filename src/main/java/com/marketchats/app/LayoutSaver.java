package com.marketchats.app;

import com.marketchats.service.settings.WindowLayout;
import com.marketchats.service.settings.WindowLayoutFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the window layout on its own thread, at most once per {@link #QUIET_MILLIS}: a drag of the
 * window or the divider changes it at every pulse, and only where it ends matters. Saving soon after
 * each change, not only at exit, is what lets a killed app remember its layout.
 */
final class LayoutSaver implements AutoCloseable {

    static final long QUIET_MILLIS = 400;
    private static final Logger LOG = LoggerFactory.getLogger(LayoutSaver.class);

    private final WindowLayoutFile file;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "window-layout-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<WindowLayout> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    LayoutSaver(WindowLayoutFile file) {
        this.file = file;
    }

    /** Writes the layout shortly, replacing any not written yet. */
    void saveSoon(WindowLayout layout) {
        // A window being closed still reports its last moves; close() writes the final layout itself.
        if (writer.isShutdown()) {
            return;
        }
        pending.set(layout);
        if (scheduled.compareAndSet(false, true)) {
            try {
                writer.schedule(this::writePending, QUIET_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closedMeanwhile) {
                scheduled.set(false);
            }
        }
    }

    /** Stops the writer and writes {@code last} now, on the calling thread: for closing the window. */
    void close(WindowLayout last) {
        close();
        pending.set(null);
        write(last);
    }

    @Override
    public void close() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writePending() {
        scheduled.set(false);
        WindowLayout layout = pending.getAndSet(null);
        if (layout != null) {
            write(layout);
        }
    }

    private void write(WindowLayout layout) {
        try {
            file.save(layout);
        } catch (UncheckedIOException e) {
            // The window works on; the next change or the close tries again.
            LOG.warn("Could not save the window layout: {}", e.toString());
        }
    }
}
