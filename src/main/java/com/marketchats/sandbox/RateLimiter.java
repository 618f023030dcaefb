package com.marketchats.sandbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.ApiOperation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.ToIntFunction;

/**
 * The API's limits: per business and per operation, a fixed window of one (scaled) hour that starts
 * with the first request after the previous window ended; and at most four requests in flight per
 * business. A request reserves its unit before it runs and gives it back if it ends in a 5xx, because
 * 5xx answers do not count; that keeps "exactly N allowed" exact under concurrency.
 */
final class RateLimiter {

    private final Clock clock;
    private final Duration hourLength;
    private final boolean enabled;
    private final ToIntFunction<ApiOperation> limits;
    private final Map<WindowKey, Window> windows = new ConcurrentHashMap<>();
    private final Map<Long, Semaphore> inFlight = new ConcurrentHashMap<>();

    private record WindowKey(long businessId, ApiOperation operation) {
    }

    /** One fixed window; {@code end} is null until the first request opens it. */
    private static final class Window {
        Instant end;
        int used;
    }

    /** The outcome of trying to spend one unit of an operation's hourly budget. */
    record Reservation(boolean granted, RateLimitSnapshot snapshot) {
    }

    RateLimiter(Clock clock, Duration hourLength, boolean enabled, ToIntFunction<ApiOperation> limits) {
        this.clock = clock;
        this.hourLength = hourLength;
        this.enabled = enabled;
        this.limits = limits;
    }

    /** Requests of {@code operation} allowed per window. */
    int limit(ApiOperation operation) {
        return limits.applyAsInt(operation);
    }

    /** Takes a place among the business's requests in flight; false when four are already running. */
    boolean enter(long businessId) {
        return !enabled || semaphore(businessId).tryAcquire();
    }

    void leave(long businessId) {
        if (enabled) {
            semaphore(businessId).release();
        }
    }

    /** Spends one unit, or refuses when the window is used up (never refuses while limits are off). */
    Reservation reserve(long businessId, ApiOperation operation) {
        Window window = windows.computeIfAbsent(new WindowKey(businessId, operation), k -> new Window());
        synchronized (window) {
            Instant now = clock.instant();
            if (window.end == null || !now.isBefore(window.end)) {
                window.end = now.plus(hourLength);
                window.used = 0;
            }
            int limit = limit(operation);
            if (enabled && window.used >= limit) {
                return new Reservation(false, new RateLimitSnapshot(limit, 0, window.end));
            }
            window.used++;
            return new Reservation(true, new RateLimitSnapshot(limit, limit - window.used, window.end));
        }
    }

    /** Gives back a unit spent on an answer that turned out to be a 5xx. */
    void refund(long businessId, ApiOperation operation) {
        Window window = windows.get(new WindowKey(businessId, operation));
        if (window == null) {
            return;
        }
        synchronized (window) {
            if (window.used > 0 && window.end != null && clock.instant().isBefore(window.end)) {
                window.used--;
            }
        }
    }

    /** The headers for an answer that spends nothing (401, parallel-limit 420, malformed business id). */
    RateLimitSnapshot peek(long businessId, ApiOperation operation) {
        Instant now = clock.instant();
        int limit = limit(operation);
        Window window = windows.get(new WindowKey(businessId, operation));
        if (window == null) {
            return new RateLimitSnapshot(limit, limit, now.plus(hourLength));
        }
        synchronized (window) {
            if (window.end == null || !now.isBefore(window.end)) {
                return new RateLimitSnapshot(limit, limit, now.plus(hourLength));
            }
            return new RateLimitSnapshot(limit, limit - window.used, window.end);
        }
    }

    private Semaphore semaphore(long businessId) {
        return inFlight.computeIfAbsent(businessId, id -> new Semaphore(ApiLimits.MAX_PARALLEL_REQUESTS));
    }
}
