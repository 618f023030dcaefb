package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.ResponseListener;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The request budget of one business: a token bucket per method sized from the spec's hourly limit,
 * at most four requests in flight over all methods, and the server's own count from the
 * {@code X-RateLimit-Resource-*} headers of every answer (fed in through {@link #responseListener()}),
 * which no request ever overruns. Waiting requests are served by {@link Priority}; background requests
 * leave each method's reserve and the last free slot to the others. Thread-safe.
 *
 * <p>Bucket4j's own blocking consume reserves tokens for whoever came first, which would let a queued
 * background poll take the token a send is waiting for; so the budget keeps one queue per priority,
 * checks the buckets without blocking, and hands out permits itself.
 */
public final class RequestBudget {

    /** Waking a sleeper early by less than this is not worth a signal (and clocks jitter by that much). */
    private static final long WAKE_SLACK_NANOS = 1_000_000;

    private final Clock clock;
    private final int maxInFlight;
    private final Duration rateLimitBackoff;
    private final long recheckNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<ApiOperation, MethodWindow> methods = new EnumMap<>(ApiOperation.class);
    private final Map<Priority, ArrayDeque<Waiter>> queues = new EnumMap<>(Priority.class);
    private final List<Permit> open = new ArrayList<>();
    private final StateListeners listeners = new StateListeners(this::state);
    private final ResponseListener responseListener = this::onResponse;

    RequestBudget(RequestBudgetBuilder settings) {
        this.clock = settings.clock;
        this.maxInFlight = settings.maxInFlight;
        this.rateLimitBackoff = settings.rateLimitBackoff;
        this.recheckNanos = settings.recheckInterval.toNanos();
        TimeMeter meter = MethodWindow.meterOf(clock);
        for (ApiOperation operation : ApiOperation.values()) {
            methods.put(operation, new MethodWindow(operation, settings, meter));
        }
        for (Priority priority : Priority.values()) {
            queues.put(priority, new ArrayDeque<>());
        }
    }

    public static RequestBudgetBuilder builder() {
        return new RequestBudgetBuilder();
    }

    /** Waits until a request of {@code operation} may go, then takes a slot for it. */
    public Permit acquire(ApiOperation operation, Priority priority) throws InterruptedException {
        return await(operation, priority, Long.MAX_VALUE).orElseThrow();
    }

    /**
     * Like {@link #acquire} but gives up after {@code maxWait} (real time); zero only tries.
     *
     * @return the permit, or empty when none came in time
     */
    public Optional<Permit> tryAcquire(ApiOperation operation, Priority priority, Duration maxWait)
            throws InterruptedException {
        Objects.requireNonNull(maxWait, "maxWait");
        long nanos = maxWait.isNegative() ? 0 : saturatedNanos(maxWait);
        return await(operation, priority, nanos);
    }

    /** Plug into {@code HttpChatsApi.builder().responseListener(…)} of the client this budget guards. */
    public ResponseListener responseListener() {
        return responseListener;
    }

    /** The budget as it is now. */
    public BudgetState state() {
        lock.lock();
        try {
            Instant now = clock.instant();
            Map<ApiOperation, MethodBudget> snapshot = new EnumMap<>(ApiOperation.class);
            methods.forEach((operation, method) -> snapshot.put(operation, method.snapshot(now)));
            return new BudgetState(now, open.size(), maxInFlight, snapshot);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called with a new {@link #state()} after permits are queued, granted or closed and after answers;
     * never while the budget holds a lock, never concurrently, on whichever thread made the change. Not
     * called for time passing alone (a window ending): {@link BudgetBroadcast} adds that for the UI.
     */
    public void addListener(Consumer<BudgetState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<BudgetState> listener) {
        listeners.remove(listener);
    }

    private Optional<Permit> await(ApiOperation operation, Priority priority, long maxWaitNanos)
            throws InterruptedException {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(priority, "priority");
        long start = System.nanoTime();
        Waiter me = new Waiter(operation, priority);
        lock.lockInterruptibly();
        try {
            queues.get(priority).addLast(me);
            methods.get(operation).queuedChanged(1);
            dispatch();
        } finally {
            lock.unlock();
        }
        listeners.changed();
        if (me.permit == null) {
            waitForPermit(me, start, maxWaitNanos);
            listeners.changed();
        }
        return Optional.ofNullable(me.permit);
    }

    private void waitForPermit(Waiter me, long start, long maxWaitNanos) throws InterruptedException {
        lock.lock();
        try {
            long hint = dispatch();
            while (me.permit == null) {
                long left = maxWaitNanos == Long.MAX_VALUE ? Long.MAX_VALUE : maxWaitNanos - (System.nanoTime() - start);
                if (left <= 0) {
                    leaveQueue(me);
                    return;
                }
                long sleep = Math.min(Math.min(hint, recheckNanos), left);
                me.wakeAt = System.nanoTime() + sleep;
                me.sleeping = true;
                try {
                    changed.awaitNanos(sleep);
                } catch (InterruptedException e) {
                    me.sleeping = false;
                    if (me.permit != null) {
                        Permit unused = me.permit;
                        me.permit = null;
                        notSentLocked(unused);
                        releaseLocked(unused);
                    } else {
                        leaveQueue(me);
                    }
                    dispatch();
                    throw e;
                }
                me.sleeping = false;
                if (me.permit == null) {
                    hint = dispatch();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void leaveQueue(Waiter me) {
        if (queues.get(me.priority).remove(me)) {
            methods.get(me.operation).queuedChanged(-1);
        }
    }

    /**
     * Grants every waiting request that may go now, highest priority first, oldest first within one.
     *
     * @return nanoseconds until the clock alone could let another one go; {@code Long.MAX_VALUE} when
     *         only an event (an answer, a closed permit) can
     */
    private long dispatch() {
        Instant now = clock.instant();
        long nowNanos = System.nanoTime();
        long hint = Long.MAX_VALUE;
        boolean wake = false;
        boolean higherWantsSlot = false;
        outer:
        for (Priority priority : Priority.values()) {
            for (Iterator<Waiter> it = queues.get(priority).iterator(); it.hasNext(); ) {
                if (open.size() >= maxInFlight) {
                    break outer;
                }
                Waiter waiter = it.next();
                MethodWindow method = methods.get(waiter.operation);
                MethodWindow.Verdict verdict = method.check(priority, now);
                if (!verdict.granted()) {
                    hint = Math.min(hint, verdict.waitNanos());
                    // A sleeper planning to sleep past the moment it may go must recompute its wait.
                    wake |= waiter.sleeping && verdict.waitNanos() < waiter.wakeAt - nowNanos - WAKE_SLACK_NANOS;
                    // A request held up only briefly (bucket refill, first answer) keeps the last slot.
                    higherWantsSlot |= priority != Priority.BACKGROUND && !verdict.windowClosed();
                    continue;
                }
                if (priority == Priority.BACKGROUND && higherWantsSlot && open.size() == maxInFlight - 1) {
                    continue;
                }
                it.remove();
                method.queuedChanged(-1);
                method.grant();
                Permit permit = new Permit(this, waiter.operation, priority, waiter.thread);
                open.add(permit);
                waiter.permit = permit;
                wake = true;
            }
        }
        if (wake) {
            changed.signalAll();
        }
        return hint;
    }

    void release(Permit permit) {
        changeThenDispatch(() -> releaseLocked(permit));
    }

    private void releaseLocked(Permit permit) {
        if (permit.closed) {
            return;
        }
        permit.closed = true;
        open.remove(permit);
        methods.get(permit.operation()).released();
    }

    void notSent(Permit permit) {
        changeThenDispatch(() -> notSentLocked(permit));
    }

    /** Makes a change under the lock, grants what it allows, then tells the listeners. */
    private void changeThenDispatch(Runnable change) {
        lock.lock();
        try {
            change.run();
            dispatch();
        } finally {
            lock.unlock();
        }
        listeners.changed();
    }

    private void notSentLocked(Permit permit) {
        if (permit.closed || permit.answered || permit.refunded) {
            return;
        }
        permit.refunded = true;
        methods.get(permit.operation()).refund();
    }

    private void onResponse(ApiOperation operation, int httpStatus, RateLimitInfo rateLimit) {
        if (operation == null) {
            return;
        }
        changeThenDispatch(() -> {
            MethodWindow method = methods.get(operation);
            Permit self = open.stream().filter(permit -> permit.operation() == operation
                    && permit.owner() == Thread.currentThread() && !permit.answered).findFirst().orElse(null);
            if (self != null) {
                self.answered = true;
                if (httpStatus >= 500 && !self.refunded) {
                    // 5xx answers do not count against the quota.
                    self.refunded = true;
                    method.refund();
                }
            }
            int others = method.inFlight() - (self == null ? 0 : 1);
            method.answered(httpStatus, rateLimit == null ? RateLimitInfo.NONE : rateLimit, others,
                    clock.instant(), rateLimitBackoff);
        });
    }

    private static long saturatedNanos(Duration duration) {
        return duration.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE : duration.toNanos();
    }
}
