package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleSupplier;

/**
 * Decides what a failed request means for the engine and when to try again: whether it is offline, has
 * a refused key, should simply retry, or should give up on what it asked for; logs each once. Confined
 * to the engine's thread.
 */
final class FailureTracker {

    enum Verdict {
        /** Try again at the decision's time; after a 420, when its window ends. */
        RETRY,
        /** No answer for a while: everything waits until the decision's time, then one probe goes. */
        OFFLINE,
        /** 401 or 403: polling stops until the user acts. */
        AUTH_PROBLEM,
        /** The API refused this one request (400, 404, an unreadable answer): leave it, go on with the rest. */
        SKIP
    }

    /** @param retryAt when to try again; null after an auth problem */
    record Decision(Verdict verdict, Instant retryAt) {

        Instant retryAtOr(Instant now) {
            return retryAt == null ? now : retryAt;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(FailureTracker.class);

    private final RetryPolicy policy;
    private final DoubleSupplier random;
    private int failuresInRow;
    private int offlineRounds;
    /** While offline: when the next probe may go; null while online. */
    private Instant offlineUntil;
    private ApiException.Kind authProblem;

    FailureTracker(RetryPolicy policy, DoubleSupplier random) {
        this.policy = policy;
        this.random = random;
    }

    /**
     * What a failed job means. A failure that is not the API's (the store, a bug) is logged and tried
     * again after the retry delay; a cancellation (the engine stopping) is neither.
     */
    Decision failed(RuntimeException failure, Instant now) {
        if (!(failure instanceof ApiException api)) {
            if (!(failure instanceof CancellationException)) {
                LOG.error("A sync step failed; trying again later", failure);
            }
            return new Decision(Verdict.SKIP, now.plus(policy.retryDelay()));
        }
        boolean wasOffline = offlineUntil != null;
        Decision decision = decide(api, now);
        if (decision.verdict() == Verdict.AUTH_PROBLEM) {
            authProblem = api.kind();
            LOG.warn("The API refused the key; polling stops: {}", api.getMessage());
        } else if (decision.verdict() == Verdict.OFFLINE && !wasOffline) {
            LOG.warn("Offline ({}); trying again at {}", api.getMessage(), decision.retryAt());
        } else {
            LOG.debug("A sync request failed ({}): {}", decision.verdict(), api.getMessage());
        }
        return decision;
    }

    private Decision decide(ApiException failure, Instant now) {
        ApiException.Kind kind = failure.kind();
        if (kind != ApiException.Kind.NETWORK && kind != ApiException.Kind.SERVER_ERROR) {
            answered();
            return switch (kind) {
                case RATE_LIMITED -> new Decision(Verdict.RETRY, rateLimitEnd(failure, now));
                case UNAUTHORIZED, FORBIDDEN -> new Decision(Verdict.AUTH_PROBLEM, null);
                default -> new Decision(Verdict.SKIP, now);
            };
        }
        if (offlineUntil != null && now.isBefore(offlineUntil)) {
            // Another request that was already under way when we went offline: no new round.
            return new Decision(Verdict.OFFLINE, offlineUntil);
        }
        failuresInRow++;
        boolean unreachable = kind == ApiException.Kind.NETWORK && !failure.outcomeUncertain();
        if (offlineUntil != null || unreachable || failuresInRow >= policy.failuresBeforeOffline()) {
            offlineUntil = now.plus(policy.offlineAfter(offlineRounds++, random.getAsDouble()));
            return new Decision(Verdict.OFFLINE, offlineUntil);
        }
        return new Decision(Verdict.RETRY, now.plus(policy.retryAfter(failuresInRow, random.getAsDouble())));
    }

    /**
     * A 420 of a spent window says until when ({@code X-RateLimit-Resource-Until} with nothing remaining,
     * plus the margin of its whole-second resolution), as the request budget reads it too; any other 420 (the parallel limit, say) waits the retry delay.
     */
    private Instant rateLimitEnd(ApiException failure, Instant now) {
        Long remaining = failure.rateLimit().remaining();
        Instant until = failure.rateLimit().until();
        boolean windowSpent = remaining == null || remaining <= 0;
        return windowSpent && until != null && until.isAfter(now)
                ? failure.rateLimit().safeUntil() : now.plus(policy.retryDelay());
    }

    /**
     * The API answered (any answer but a 5xx): the failures in a row are over.
     *
     * @return true when this ends an offline spell
     */
    boolean answered() {
        boolean wasOffline = offlineUntil != null;
        failuresInRow = 0;
        offlineRounds = 0;
        offlineUntil = null;
        return wasOffline;
    }

    /** UNAUTHORIZED or FORBIDDEN after the API refused the key; null otherwise. */
    ApiException.Kind authProblem() {
        return authProblem;
    }

    /** The user fixed the key (or wants to try again): polling may go on. */
    void clearAuthProblem() {
        authProblem = null;
    }

    boolean offline() {
        return offlineUntil != null;
    }

    /** While offline, when the next probe may go; null while online. */
    Instant retryAt() {
        return offlineUntil;
    }

    /** The user asked for a refresh: while offline, probe now rather than at the end of the wait. */
    void probeNow(Instant now) {
        if (offlineUntil != null) {
            offlineUntil = now;
        }
    }
}
