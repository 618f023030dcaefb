package com.marketchats.service.budget;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Configures a {@link RequestBudget}; every setting has a default that fits the real API. */
public final class RequestBudgetBuilder {

    /** The API's parallel limit: docs {@code concepts/limits}, "4 parallel requests" per business. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 4;
    public static final Duration DEFAULT_HOUR = Duration.ofHours(1);
    public static final double DEFAULT_RESERVE_FRACTION = 0.10;
    public static final int DEFAULT_RESERVE_MINIMUM = 5;
    public static final Duration DEFAULT_RATE_LIMIT_BACKOFF = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RECHECK_INTERVAL = Duration.ofSeconds(1);

    Clock clock = Clock.systemUTC();
    Duration hour = DEFAULT_HOUR;
    int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
    double reserveFraction = DEFAULT_RESERVE_FRACTION;
    int reserveMinimum = DEFAULT_RESERVE_MINIMUM;
    Duration rateLimitBackoff = DEFAULT_RATE_LIMIT_BACKOFF;
    Duration recheckInterval = DEFAULT_RECHECK_INTERVAL;

    RequestBudgetBuilder() {
    }

    /**
     * The time source for windows, 420 blocks and the token buckets; compared with the server's
     * {@code X-RateLimit-Resource-Until}, so it should be the wall clock (the default). Tests pass a
     * clock they move by hand.
     */
    public RequestBudgetBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * How long the API's "hour" lasts: the refill period of each method's token bucket. The server's
     * windows themselves are taken from its headers, so this is the only place an hour is assumed.
     * Shorten it together with the sandbox's {@code hourLength}.
     */
    public RequestBudgetBuilder hour(Duration hour) {
        this.hour = positive(hour, "hour");
        return this;
    }

    /** Requests allowed in flight at once, over every method; default 4, the API's limit. */
    public RequestBudgetBuilder maxInFlight(int maxInFlight) {
        if (maxInFlight < 2) {
            throw new IllegalArgumentException("maxInFlight must be at least 2 (one slot stays for sends): "
                    + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        return this;
    }

    /**
     * What background requests leave of each method's window for sends and the open chat: the larger of
     * {@code fraction} of the limit and {@code minimum} requests, but never more than half the limit.
     * Default 10 % and 5.
     */
    public RequestBudgetBuilder backgroundReserve(double fraction, int minimum) {
        if (!(fraction >= 0 && fraction < 1) || minimum < 0) {
            throw new IllegalArgumentException("reserve fraction must be in [0, 1) and minimum at least 0");
        }
        this.reserveFraction = fraction;
        this.reserveMinimum = minimum;
        return this;
    }

    /**
     * How long a method waits after a 420 that names no future {@code Until}, or that is about the
     * parallel limit rather than the method's window; default 10 s.
     */
    public RequestBudgetBuilder rateLimitBackoff(Duration backoff) {
        this.rateLimitBackoff = positive(backoff, "rateLimitBackoff");
        return this;
    }

    /**
     * The longest a waiting request sleeps before it looks at the clock again, whatever it waits for;
     * covers clock jumps (a laptop waking up) and clocks moved by tests. Default 1 s.
     */
    public RequestBudgetBuilder recheckInterval(Duration interval) {
        this.recheckInterval = positive(interval, "recheckInterval");
        return this;
    }

    public RequestBudget build() {
        return new RequestBudget(this);
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }
}
