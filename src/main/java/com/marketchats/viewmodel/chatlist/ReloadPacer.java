package com.marketchats.viewmodel.chatlist;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * When the chat list reads the store again. At most one read is in flight; requests that arrive
 * meanwhile become one more read after it, so the newest state always wins. A read the seller asked for
 * (tab, filter, search) starts as soon as nothing is in flight. A read the store's changes ask for waits
 * until {@link #GAP} has passed since the last one ended: during a first sync the changes never stop, and
 * reading and formatting 10,000 rows back to back would keep a core busy and fill the heap with garbage,
 * whose collections pause the FX thread. Confined to the UI executor's thread.
 */
final class ReloadPacer {

    /**
     * The least time between the end of one read and the start of a read for changes. Half a second keeps
     * a new chat within about a second of the store (this gap plus one read) while leaving most of the
     * time to the sync and the FX thread.
     */
    static final Duration GAP = Duration.ofMillis(500);

    /** Runs a task on the UI executor after a delay. */
    interface Timer {
        void after(long nanos, Runnable task);

        /** A timer on the JDK's shared delay thread that hands the task to {@code ui}. */
        static Timer on(Executor ui) {
            return (nanos, task) -> CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS, ui).execute(task);
        }
    }

    private final long gapNanos;
    private final LongSupplier nanoTime;
    private final Timer timer;
    private final Runnable read;

    private boolean inFlight;
    private boolean wantedNow;
    private boolean wantedForChanges;
    private boolean timerSet;
    private long lastEnded;
    private boolean everEnded;

    /** @param read starts one read; {@link #ended()} is to be called when its answer has been applied */
    ReloadPacer(Duration gap, LongSupplier nanoTime, Timer timer, Runnable read) {
        this.gapNanos = gap.toNanos();
        this.nanoTime = nanoTime;
        this.timer = timer;
        this.read = read;
    }

    /** A read the seller asked for: now, or right after the one in flight. */
    void now() {
        if (inFlight) {
            wantedNow = true;
        } else {
            start();
        }
    }

    /** A read for changes in the store: once the gap since the last read has passed. */
    void soon() {
        if (inFlight) {
            wantedForChanges = true;
            return;
        }
        if (timerSet) {
            return;
        }
        long wait = everEnded ? lastEnded + gapNanos - nanoTime.getAsLong() : 0;
        if (wait <= 0) {
            start();
        } else {
            timerSet = true;
            timer.after(wait, this::timerDue);
        }
    }

    /** The read in flight has ended (its answer applied or dropped); starts what waited for it. */
    void ended() {
        inFlight = false;
        everEnded = true;
        lastEnded = nanoTime.getAsLong();
        if (wantedNow) {
            wantedNow = false;
            wantedForChanges = false;
            start();
        } else if (wantedForChanges) {
            wantedForChanges = false;
            soon();
        }
    }

    /** Whether a read is in flight or asked for. */
    boolean busy() {
        return inFlight || wantedNow || wantedForChanges || timerSet;
    }

    private void timerDue() {
        timerSet = false;
        if (inFlight) {
            wantedForChanges = true;
        } else {
            start();
        }
    }

    private void start() {
        inFlight = true;
        read.run();
    }
}
