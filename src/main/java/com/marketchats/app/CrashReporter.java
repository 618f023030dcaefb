package com.marketchats.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The process's handler of exceptions nobody caught, on any thread: the FX thread (JavaFX hands an
 * exception thrown in an event handler or a runLater to the thread's handler and goes on), a background
 * service's thread, an executor's worker. Each goes to the log with its stack, and to the listeners (the
 * window shows a banner), so no failure and no service that died is silently gone.
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashReporter.class);
    private static final CrashReporter INSTANCE = new CrashReporter();

    private final List<Consumer<Crash>> listeners = new CopyOnWriteArrayList<>();

    /** One failure: on which thread, in one line, and the whole stack for support. */
    record Crash(String thread, String summary, String details) {
    }

    private CrashReporter() {
    }

    /** Makes this the handler of every thread that has none of its own; idempotent. */
    static synchronized CrashReporter install() {
        if (Thread.getDefaultUncaughtExceptionHandler() != INSTANCE) {
            Thread.setDefaultUncaughtExceptionHandler(INSTANCE);
        }
        return INSTANCE;
    }

    /** Told every failure, on the failing thread; answers a handle that removes the listener. */
    Runnable addListener(Consumer<Crash> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            LOG.error("Uncaught exception on thread {}", thread.getName(), failure);
            Crash crash = new Crash(thread.getName(), summary(failure), details(thread, failure));
            for (Consumer<Crash> listener : listeners) {
                listener.accept(crash);
            }
        } catch (Throwable reporting) {
            // The reporter must never throw itself (the JVM would only print it); the original goes to stderr.
            failure.addSuppressed(reporting);
            failure.printStackTrace();
        }
    }

    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String details(Thread thread, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return "Thread: " + thread.getName() + System.lineSeparator() + trace;
    }
}
