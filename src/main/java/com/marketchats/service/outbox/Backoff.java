package com.marketchats.service.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter for retryable failures (5xx, no connection): the nominal wait doubles
 * from {@code base} with every failed attempt up to {@code cap} (2 s, 4 s, 8 s … 5 min by default), and
 * the actual wait is drawn uniformly from [nominal × (1 − jitter), nominal], so clients that failed
 * together do not come back together. It never gives up: past the cap every retry waits about the cap.
 */
public final class Backoff {

    public static final Duration DEFAULT_BASE = Duration.ofSeconds(2);
    public static final Duration DEFAULT_CAP = Duration.ofMinutes(5);
    public static final double DEFAULT_JITTER = 0.5;

    private final Duration base;
    private final Duration cap;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param jitter the share of the nominal wait that may be taken off at random, 0 (none) to 1
     * @param random numbers in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble}
     */
    public Backoff(Duration base, Duration cap, double jitter, DoubleSupplier random) {
        this.base = positive(base, "base");
        this.cap = positive(cap, "cap");
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("cap must be at least base: " + cap + " < " + base);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
        }
        this.jitter = jitter;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** 2 s doubling to 5 min, up to half of each wait taken off at random. */
    public static Backoff defaults() {
        return of(DEFAULT_BASE, DEFAULT_CAP);
    }

    /** The default jitter with another base and cap (tests shorten both). */
    public static Backoff of(Duration base, Duration cap) {
        return new Backoff(base, cap, DEFAULT_JITTER, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The same policy drawing its jitter from {@code random}. */
    public Backoff withRandom(DoubleSupplier random) {
        return new Backoff(base, cap, jitter, random);
    }

    /** The wait before the next attempt after {@code failedAttempts} attempts (1 for the first failure). */
    public Duration delay(int failedAttempts) {
        Duration nominal = nominal(failedAttempts);
        double factor = 1 - jitter * Math.min(Math.max(random.getAsDouble(), 0), 1);
        long millis = Math.max(1, Math.round(nominal.toMillis() * factor));
        return Duration.ofMillis(millis);
    }

    /** The wait without jitter: {@code base × 2^(failedAttempts − 1)}, at most the cap. */
    public Duration nominal(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < cap.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    public Duration base() {
        return base;
    }

    public Duration cap() {
        return cap;
    }

    public double jitter() {
        return jitter;
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Backoff[" + base + " doubling to " + cap + ", jitter " + jitter + "]";
    }
}
