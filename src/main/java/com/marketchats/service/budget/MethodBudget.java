package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;

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
 * @param windowResetsAt when the server's current window ends ({@code X-RateLimit-Resource-Until});
 *                       null when no window is known (nothing heard yet, or the last one has ended)
 * @param blockedUntil   after a 420: no request of this method goes out before this time; null otherwise
 * @param queued         requests waiting for a permit of this method
 * @param inFlight       permits of this method not yet closed
 */
public record MethodBudget(ApiOperation operation, long limit, long remaining, Instant windowResetsAt,
        Instant blockedUntil, int queued, int inFlight) {

    public MethodBudget {
        Objects.requireNonNull(operation, "operation");
    }

    /** True while a 420 keeps this method waiting. */
    public boolean blocked() {
        return blockedUntil != null;
    }
}
