package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;

import java.time.Duration;
import java.time.Instant;

/**
 * What the budget knows about one method: a token bucket sized from its limit per window (the pace when
 * nothing else is known; the window is an hour until the server's {@code Until} shows a shorter one) and, once an answer carried {@code X-RateLimit-Resource-Remaining/-Until},
 * the server's own window, which is the hard truth. Not thread-safe: {@link RequestBudget} calls it
 * under its lock.
 *
 * <p>The <em>allowance</em> is how many more requests may start before the window's end. An answer
 * sets it to {@code remaining} minus the other requests of this method still in flight (the server
 * may count them after it counted the answered one); every grant lowers it by one. Within one window
 * it only ever takes the lower of what it had and what a new answer implies, because answers can
 * arrive out of order. When the window's end passes, the next window is fresh.
 */
final class MethodWindow {

    /** A sanity cap on a limit the server reports, so an odd header cannot make a huge bucket. */
    private static final long MAX_ACCEPTED_LIMIT = 100_000_000L;

    /** Whether a request may go now and, if not, for how long nothing but an event can change that. */
    record Verdict(long waitNanos, boolean windowClosed) {

        static final Verdict GRANT = new Verdict(0, false);
        /** Only an event (an answer, a permit closed) can change it. */
        static final Verdict UNTIL_EVENT = new Verdict(Long.MAX_VALUE, false);

        boolean granted() {
            return waitNanos == 0;
        }
    }

    private final ApiOperation operation;
    private final Duration hour;
    /** The window the bucket refills over: the assumed hour, or shorter once answers showed it. */
    private Duration window;
    /** The longest time from an answer to its window's {@code Until}; the window lasts at least that. */
    private Duration longestSpan = Duration.ZERO;
    private final double reserveFraction;
    private final int reserveMinimum;
    private long limit;
    private final Bucket bucket;
    /** Requests that may still start before {@link #windowEnd}; null while no window is known. */
    private Long allowance;
    private Instant windowEnd;
    private Instant blockedUntil;
    /** Nothing heard since the budget started: one request at a time until the first one ends. */
    private boolean probing = true;
    private int inFlight;
    private int queued;

    MethodWindow(ApiOperation operation, RequestBudgetBuilder settings, TimeMeter meter) {
        this.operation = operation;
        this.hour = settings.hour;
        this.reserveFraction = settings.reserveFraction;
        this.reserveMinimum = settings.reserveMinimum;
        this.window = hour;
        this.limit = operation.hourlyLimit();
        this.bucket = Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, hour))
                .withCustomTimePrecision(meter)
                .build();
    }

    /** Whether a request of this priority may start now. */
    Verdict check(Priority priority, Instant now) {
        expire(now);
        if (blockedUntil != null) {
            return new Verdict(nanosBetween(now, blockedUntil), true);
        }
        if (probing && inFlight > 0) {
            return Verdict.UNTIL_EVENT;
        }
        long need = priority == Priority.BACKGROUND ? reserve() + 1 : 1;
        if (allowance != null && allowance < need) {
            return new Verdict(nanosBetween(now, windowEnd), true);
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(need);
        if (!probe.canBeConsumed()) {
            return new Verdict(Math.max(1, probe.getNanosToWaitForRefill()), false);
        }
        return Verdict.GRANT;
    }

    /** Spends one request; call only right after {@link #check} granted. */
    void grant() {
        if (!bucket.tryConsume(1)) {
            throw new IllegalStateException(operation + ": granted without a token");
        }
        if (allowance != null) {
            allowance--;
        }
        inFlight++;
    }

    /** A permit of this method was closed. */
    void released() {
        inFlight--;
        probing = false;
    }

    /**
     * Gives back the request of a permit the server will not count: it was never sent, or the answer
     * was a 5xx. Every permit still open is part of the allowance (it was either granted from it or
     * subtracted as "in flight" when an answer set it), so the allowance gets the unit back too.
     */
    void refund() {
        bucket.addTokens(1);
        if (allowance != null) {
            allowance++;
        }
    }

    /**
     * Learns from an answer.
     *
     * @param others requests of this method in flight besides the answered one
     */
    void answered(int status, RateLimitInfo info, int others, Instant now, Duration backoff) {
        probing = false;
        adoptLimit(info.limit());
        learnWindow(info.until(), now);
        if (status == 420 || status == 429) {
            rateLimited(info, now, backoff);
            return;
        }
        Long remaining = info.remaining();
        Instant until = info.safeUntil();
        if (remaining == null || until == null || !until.isAfter(now)) {
            // Nothing to go by, or a window that has already ended (a late answer from it).
            return;
        }
        long bound = remaining - others;
        if (windowEnd == null || until.isAfter(windowEnd)) {
            windowEnd = until;
            allowance = bound;
        } else if (until.equals(windowEnd)) {
            allowance = Math.min(allowance, bound);
        }
    }

    private void rateLimited(RateLimitInfo info, Instant now, Duration backoff) {
        Long remaining = info.remaining();
        Instant until = info.safeUntil();
        boolean windowSpent = remaining == null || remaining <= 0;
        if (windowSpent && until != null && until.isAfter(now)) {
            blockedUntil = later(blockedUntil, until);
            if (windowEnd == null || !until.isBefore(windowEnd)) {
                windowEnd = until;
                allowance = 0L;
            }
        } else {
            // The parallel limit, someone else's traffic, or an Until already past by our clock.
            blockedUntil = later(blockedUntil, now.plus(backoff));
        }
    }

    /** Forgets a 420 block and a window whose time has come. */
    private void expire(Instant now) {
        if (blockedUntil != null && !now.isBefore(blockedUntil)) {
            blockedUntil = null;
        }
        if (windowEnd != null && !now.isBefore(windowEnd)) {
            windowEnd = null;
            allowance = null;
        }
    }

    /** Follows the server's {@code X-RateLimit-Resource-Limit} when it differs from the spec's. */
    private void adoptLimit(Long reported) {
        if (reported == null || reported < 1 || reported > MAX_ACCEPTED_LIMIT || reported == limit) {
            return;
        }
        limit = reported;
        resizeBucket();
    }

    /**
     * A window lasts at least as long as any answer showed left of it. When that is shorter than the
     * assumed hour the server's windows are short, and a bucket refilling over an hour would leave most
     * of each window unused; so the bucket refills over the window seen (rounded up to the header's whole
     * second, plus the margin every wait keeps). A longer span seen later lengthens it again, up to the hour.
     */
    private void learnWindow(Instant until, Instant now) {
        if (until == null || !until.isAfter(now)) {
            return;
        }
        Duration span = Duration.between(now, until);
        if (span.compareTo(longestSpan) <= 0) {
            return;
        }
        longestSpan = span;
        Duration wholeSeconds = Duration.ofSeconds(span.getSeconds() + (span.getNano() > 0 ? 1 : 0));
        Duration seen = wholeSeconds.plus(RateLimitInfo.UNTIL_MARGIN);
        Duration learned = seen.compareTo(hour) < 0 ? seen : hour;
        if (!learned.equals(window)) {
            window = learned;
            resizeBucket();
        }
    }

    private void resizeBucket() {
        long capacity = limit;
        Duration period = window;
        bucket.replaceConfiguration(BucketConfiguration.builder()
                        .addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, period))
                        .build(),
                TokensInheritanceStrategy.PROPORTIONALLY);
    }

    /** What background requests must leave of the window. */
    long reserve() {
        long share = (long) Math.ceil(limit * reserveFraction);
        return Math.min(Math.max(share, reserveMinimum), limit / 2);
    }

    MethodBudget snapshot(Instant now) {
        expire(now);
        long tokens = bucket.getAvailableTokens();
        long remaining = allowance == null ? tokens : Math.min(tokens, allowance);
        return new MethodBudget(operation, limit, Math.max(0, remaining), window, windowEnd, blockedUntil, queued,
                inFlight);
    }

    int inFlight() {
        return inFlight;
    }

    void queuedChanged(int delta) {
        queued += delta;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static long nanosBetween(Instant from, Instant to) {
        try {
            return Math.max(1, Duration.between(from, to).toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A Bucket4j time meter reading the budget's clock, so tests move buckets and windows together. */
    static TimeMeter meterOf(java.time.Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
