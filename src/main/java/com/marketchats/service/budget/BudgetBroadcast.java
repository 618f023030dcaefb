package com.marketchats.service.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Tells the rest of the app that a {@link RequestBudget} changed: after permits and answers (its
 * listeners), and when a window or a 420 block ends, which the budget's listeners do not hear because
 * only time passed. A first sync takes thousands of permits, so changes within one interval become one
 * call (the last change is never lost: a call always follows it within the interval).
 */
public final class BudgetBroadcast implements AutoCloseable {

    /** The wake-up at a window's end comes this much later, so the budget sees the window as ended. */
    private static final Duration AFTER_RESET = Duration.ofMillis(20);

    private final RequestBudget budget;
    private final ScheduledExecutorService timer;
    private final long intervalNanos;
    private final Runnable announce;
    private final Consumer<BudgetState> listener = state -> changed();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastAnnounced;
    /** The wake-up at the earliest window or block end; guarded by {@code this}. */
    private ScheduledFuture<?> resetWake;

    /**
     * @param timer    runs the calls to {@code announce} and the wake-ups; shut down by its owner
     * @param interval the least time between two calls
     * @param announce what to do on a change, e.g. publish a {@code ChangeEvent.BudgetChanged}
     */
    public BudgetBroadcast(RequestBudget budget, ScheduledExecutorService timer, Duration interval, Runnable announce) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.intervalNanos = interval.toNanos();
        this.announce = Objects.requireNonNull(announce, "announce");
        this.lastAnnounced = System.nanoTime() - intervalNanos;
    }

    /** Starts listening to the budget. */
    public void start() {
        budget.addListener(listener);
    }

    @Override
    public synchronized void close() {
        budget.removeListener(listener);
        if (resetWake != null) {
            resetWake.cancel(false);
        }
    }

    private void changed() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        long delay = Math.max(0, lastAnnounced + intervalNanos - System.nanoTime());
        try {
            timer.schedule(this::announceNow, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            scheduled.set(false);
        }
    }

    private void announceNow() {
        // Cleared first, so a change made while the listeners run schedules the next call.
        scheduled.set(false);
        lastAnnounced = System.nanoTime();
        announce.run();
        wakeAtNextReset(budget.state());
    }

    private synchronized void wakeAtNextReset(BudgetState state) {
        Instant next = null;
        for (MethodBudget method : state.methods().values()) {
            next = earlier(next, method.windowResetsAt());
            next = earlier(next, method.blockedUntil());
        }
        if (resetWake != null) {
            resetWake.cancel(false);
            resetWake = null;
        }
        if (next == null) {
            return;
        }
        long delay = Duration.between(state.at(), next).plus(AFTER_RESET).toNanos();
        try {
            resetWake = timer.schedule(this::changed, Math.max(0, delay), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            resetWake = null;
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }
}
