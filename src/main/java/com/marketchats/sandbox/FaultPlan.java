package com.marketchats.sandbox;

import java.time.Duration;

/**
 * Which failures the sandbox injects into the seven operations. Rates are shares of requests from
 * 0 to 1. No fault ever corrupts state: a 500 and a plain reset happen before a write is applied;
 * only {@code failAfterCommitRate} applies a write and then loses the answer, the uncertain outcome
 * the client's outbox must reconcile.
 *
 * @param failureRate         share of requests answered 500 before anything is applied
 * @param resetRate           share of requests whose connection is cut mid-answer (writes: not applied)
 * @param failAfterCommitRate share of writes that are applied and then have their connection cut
 * @param fixedDelay          added to every answer
 * @param randomDelayMax      a further uniformly random delay from zero up to this
 * @param stormEvery          period of recurring 420 storms; zero for none
 * @param stormLength         how long each recurring storm lasts
 */
public record FaultPlan(
        double failureRate,
        double resetRate,
        double failAfterCommitRate,
        Duration fixedDelay,
        Duration randomDelayMax,
        Duration stormEvery,
        Duration stormLength) {

    public static final FaultPlan NONE =
            new FaultPlan(0, 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public FaultPlan {
        requireShare(failureRate, "failureRate");
        requireShare(resetRate, "resetRate");
        requireShare(failAfterCommitRate, "failAfterCommitRate");
        requireNotNegative(fixedDelay, "fixedDelay");
        requireNotNegative(randomDelayMax, "randomDelayMax");
        requireNotNegative(stormEvery, "stormEvery");
        requireNotNegative(stormLength, "stormLength");
    }

    public FaultPlan withFailureRate(double rate) {
        return new FaultPlan(rate, resetRate, failAfterCommitRate, fixedDelay, randomDelayMax, stormEvery, stormLength);
    }

    public FaultPlan withResetRate(double rate) {
        return new FaultPlan(failureRate, rate, failAfterCommitRate, fixedDelay, randomDelayMax, stormEvery, stormLength);
    }

    public FaultPlan withFailAfterCommitRate(double rate) {
        return new FaultPlan(failureRate, resetRate, rate, fixedDelay, randomDelayMax, stormEvery, stormLength);
    }

    public FaultPlan withFixedDelay(Duration delay) {
        return new FaultPlan(failureRate, resetRate, failAfterCommitRate, delay, randomDelayMax, stormEvery, stormLength);
    }

    public FaultPlan withRandomDelayMax(Duration max) {
        return new FaultPlan(failureRate, resetRate, failAfterCommitRate, fixedDelay, max, stormEvery, stormLength);
    }

    /** Recurring 420 storms: the first starts at once, then one every {@code every}, each {@code length} long. */
    public FaultPlan withStorms(Duration every, Duration length) {
        return new FaultPlan(failureRate, resetRate, failAfterCommitRate, fixedDelay, randomDelayMax, every, length);
    }

    private static void requireShare(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + value);
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or more: " + value);
        }
    }
}
