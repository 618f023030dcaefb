package com.marketchats.service.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine waits after failures. A request that gets no answer, or a 5xx, is tried again after
 * {@code retryDelay}, doubling; after {@code failuresBeforeOffline} such failures in a row (or at once,
 * when the connection is refused) the engine is OFFLINE and tries again after {@code offlineFirst},
 * doubling each round up to {@code offlineMax}. Every wait is shortened by a random part of up to
 * {@code jitter} of it, so that many clients do not come back at the same moment.
 */
public record RetryPolicy(Duration retryDelay, int failuresBeforeOffline, Duration offlineFirst, Duration offlineMax,
        double jitter) {

    /** 1 s, offline after 3 failures in a row, then 5 s doubling up to 5 min, up to half of each wait off. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofSeconds(1), 3, Duration.ofSeconds(5), Duration.ofMinutes(5), 0.5);

    public RetryPolicy {
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(offlineFirst, "offlineFirst");
        Objects.requireNonNull(offlineMax, "offlineMax");
        if (retryDelay.isNegative() || offlineFirst.isNegative() || offlineMax.compareTo(offlineFirst) < 0) {
            throw new IllegalArgumentException("delays must not be negative and offlineMax at least offlineFirst");
        }
        if (failuresBeforeOffline < 1 || !(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("failuresBeforeOffline must be at least 1 and jitter in [0, 1)");
        }
    }

    /** The wait after {@code failures} (1, 2, …) failures in a row while still online. */
    Duration retryAfter(int failures, double random) {
        return jittered(doubled(retryDelay, failures - 1, offlineMax), random);
    }

    /** The wait of offline round {@code round} (0, 1, …) before the next attempt. */
    Duration offlineAfter(int round, double random) {
        return jittered(doubled(offlineFirst, round, offlineMax), random);
    }

    /** Takes off {@code random} (in [0, 1)) times the jitter share. */
    private Duration jittered(Duration wait, double random) {
        return Duration.ofNanos((long) (wait.toNanos() * (1 - jitter * random)));
    }

    private static Duration doubled(Duration base, int times, Duration cap) {
        Duration wait = base;
        for (int i = 0; i < times && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
