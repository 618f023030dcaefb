package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One method's part of a {@link BudgetState}: what a budget meter shows for it.
 *
 * @param operation      the method
 * @param limit          requests per window: the server's {@code X-RateLimit-Resource-Limit} once it
 *                       sent one, the spec's hourly limit before
 * @param remaining      requests the budget would let through now without waiting: the lower of the
 *                       server's count (remaining minus requests still in flight) when known and the
 *                       local token bucket; never negative
 * @param window         how long one rate-limit window lasts: the assumed hour until the server's
 *                       {@code Until} showed a shorter one
 * @param windowResetsAt when the server's current window has surely ended ({@code X-RateLimit-Resource-Until}
 *                       plus {@link com.marketchats.api.RateLimitInfo#UNTIL_MARGIN}); null when no window is
 *                       known (nothing heard yet, or the last one has ended)
 * @param blockedUntil   after a 420: no request of this method goes out before this time (with the same
 *                       margin); null otherwise
 * @param queued         requests waiting for a permit of this method
 * @param inFlight       permits of this method not yet closed
 */
public record MethodBudget(ApiOperation operation, long limit, long remaining, Duration window, Instant windowResetsAt,
        Instant blockedUntil, int queued, int inFlight) {

    public MethodBudget {
        Objects.requireNonNull(operation, "operation");
    }

    /** Requests of the current window already spent (or held by the local pace). */
    public long used() {
        return Math.max(0, limit - remaining);
    }

    /**
     * When a request of this method may go again if none may go now (a 420 block, or nothing left of
     * the window); null while one may go.
     */
    public Instant exhaustedUntil() {
        if (blockedUntil != null) {
            return blockedUntil;
        }
        return remaining == 0 ? windowResetsAt : null;
    }

    /** True while a 420 keeps this method waiting. */
    public boolean blocked() {
        return blockedUntil != null;
    }
}
