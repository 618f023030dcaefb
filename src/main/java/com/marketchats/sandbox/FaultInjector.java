package com.marketchats.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The running server's fault switches. Tests and the command line change them while requests are
 * being served, so the plan is one immutable value swapped atomically.
 */
public final class FaultInjector {

    private final Clock clock;
    private volatile FaultPlan plan;
    private volatile Instant planSetAt;
    private volatile Instant oneOffStormUntil = Instant.MIN;
    private volatile boolean writesRefused;

    FaultInjector(Clock clock, FaultPlan initial) {
        this.clock = clock;
        set(initial);
    }

    public FaultPlan plan() {
        return plan;
    }

    /** Replaces every switch at once; recurring storms count their period from now. */
    public void set(FaultPlan newPlan) {
        if (newPlan == null) {
            throw new IllegalArgumentException("plan must be given");
        }
        planSetAt = clock.instant();
        plan = newPlan;
    }

    public synchronized void update(UnaryOperator<FaultPlan> change) {
        set(change.apply(plan));
    }

    /** Switches every fault off, including a storm under way and refused writes. */
    public void clear() {
        oneOffStormUntil = Instant.MIN;
        writesRefused = false;
        set(FaultPlan.NONE);
    }

    /** From now on, for {@code length}, every request of the seven operations is answered 420. */
    public void startStorm(Duration length) {
        oneOffStormUntil = clock.instant().plus(length);
    }

    /**
     * While on, every write (send, createChat) is answered 403 as if the key had lost its
     * {@code communication} scope: a permanent failure for the outbox, which the seller retries later.
     */
    public void refuseWrites(boolean refused) {
        writesRefused = refused;
    }

    boolean writesRefused() {
        return writesRefused;
    }

    /** The end of the storm under way at {@code now}, if one is. */
    Optional<Instant> stormUntil(Instant now) {
        if (now.isBefore(oneOffStormUntil)) {
            return Optional.of(oneOffStormUntil);
        }
        FaultPlan current = plan;
        if (current.stormEvery().isZero() || current.stormLength().isZero()) {
            return Optional.empty();
        }
        long every = current.stormEvery().toMillis();
        long elapsed = Duration.between(planSetAt, now).toMillis();
        long intoPeriod = Math.floorMod(elapsed, every);
        if (intoPeriod < current.stormLength().toMillis()) {
            return Optional.of(now.plusMillis(current.stormLength().toMillis() - intoPeriod));
        }
        return Optional.empty();
    }

    boolean rollFailure() {
        return roll(plan.failureRate());
    }

    boolean rollReset() {
        return roll(plan.resetRate());
    }

    boolean rollFailAfterCommit() {
        return roll(plan.failAfterCommitRate());
    }

    /** How long to hold this answer back. */
    Duration delay() {
        FaultPlan current = plan;
        long randomMillis = current.randomDelayMax().toMillis();
        long extra = randomMillis > 0 ? ThreadLocalRandom.current().nextLong(randomMillis + 1) : 0;
        return current.fixedDelay().plusMillis(extra);
    }

    private static boolean roll(double rate) {
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }
}
