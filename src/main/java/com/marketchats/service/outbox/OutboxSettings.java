package com.marketchats.service.outbox;

import com.marketchats.api.ApiLimits;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox sends: its clock, how many chats go at once, the backoff, and the margins of
 * reconciliation. {@link #defaults()} fits the real API; tests shorten the waits with the withers.
 *
 * @param clock            when items are due; also compared with the server's message times
 * @param workers          chats sent in parallel (each chat one item at a time); the request
 *                         budget's four requests in flight are the real bound
 * @param backoff          the wait after a 5xx or a network failure
 * @param settleDelay      how long after an uncertain attempt (no answer, or the app stopped mid-send)
 *                         the history must still not show it before the item is sent again: a server
 *                         may apply a request it has not answered yet
 * @param clockSkewMargin  a server message counts as an item's only when created at or after the
 *                         item's creation minus this margin (the server's and this machine's clocks differ)
 * @param progressInterval the least time between two progress announcements of one upload
 * @param recheckInterval  the longest the sender sleeps without looking at the queue (covers clock jumps)
 * @param stillTryingAfter after this many attempts the UI shows "still trying" (the sender goes on)
 * @param stopGrace        how long {@link OutboxSender#stop()} lets sends in flight finish
 */
public record OutboxSettings(Clock clock, int workers, Backoff backoff, Duration settleDelay,
                             Duration clockSkewMargin, Duration progressInterval, Duration recheckInterval,
                             int stillTryingAfter, Duration stopGrace) {

    public static final int DEFAULT_WORKERS = ApiLimits.MAX_PARALLEL_REQUESTS;

    public OutboxSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backoff, "backoff");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (stillTryingAfter < 1) {
            throw new IllegalArgumentException("stillTryingAfter must be at least 1: " + stillTryingAfter);
        }
        notNegative(settleDelay, "settleDelay");
        notNegative(clockSkewMargin, "clockSkewMargin");
        notNegative(progressInterval, "progressInterval");
        notNegative(stopGrace, "stopGrace");
        notNegative(recheckInterval, "recheckInterval");
        if (recheckInterval.isZero()) {
            throw new IllegalArgumentException("recheckInterval must be positive");
        }
    }

    /**
     * The wall clock, 4 workers, 2 s → 5 min backoff, 10 s settle, 2 min clock skew, 10 progress
     * announcements a second, a look at the queue at least every second, "still trying" after 5
     * attempts, 5 s for sends in flight at stop.
     */
    public static OutboxSettings defaults() {
        return new OutboxSettings(Clock.systemUTC(), DEFAULT_WORKERS, Backoff.defaults(), Duration.ofSeconds(10),
                Duration.ofMinutes(2), Duration.ofMillis(100), Duration.ofSeconds(1), 5, Duration.ofSeconds(5));
    }

    public OutboxSettings withClock(Clock value) {
        return new OutboxSettings(value, workers, backoff, settleDelay, clockSkewMargin, progressInterval,
                recheckInterval, stillTryingAfter, stopGrace);
    }

    public OutboxSettings withWorkers(int value) {
        return new OutboxSettings(clock, value, backoff, settleDelay, clockSkewMargin, progressInterval,
                recheckInterval, stillTryingAfter, stopGrace);
    }

    public OutboxSettings withBackoff(Backoff value) {
        return new OutboxSettings(clock, workers, value, settleDelay, clockSkewMargin, progressInterval,
                recheckInterval, stillTryingAfter, stopGrace);
    }

    public OutboxSettings withSettleDelay(Duration value) {
        return new OutboxSettings(clock, workers, backoff, value, clockSkewMargin, progressInterval,
                recheckInterval, stillTryingAfter, stopGrace);
    }

    public OutboxSettings withClockSkewMargin(Duration value) {
        return new OutboxSettings(clock, workers, backoff, settleDelay, value, progressInterval,
                recheckInterval, stillTryingAfter, stopGrace);
    }

    public OutboxSettings withProgressInterval(Duration value) {
        return new OutboxSettings(clock, workers, backoff, settleDelay, clockSkewMargin, value,
                recheckInterval, stillTryingAfter, stopGrace);
    }

    public OutboxSettings withRecheckInterval(Duration value) {
        return new OutboxSettings(clock, workers, backoff, settleDelay, clockSkewMargin, progressInterval,
                value, stillTryingAfter, stopGrace);
    }

    public OutboxSettings withStillTryingAfter(int value) {
        return new OutboxSettings(clock, workers, backoff, settleDelay, clockSkewMargin, progressInterval,
                recheckInterval, value, stopGrace);
    }

    public OutboxSettings withStopGrace(Duration value) {
        return new OutboxSettings(clock, workers, backoff, settleDelay, clockSkewMargin, progressInterval,
                recheckInterval, stillTryingAfter, value);
    }

    private static void notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
