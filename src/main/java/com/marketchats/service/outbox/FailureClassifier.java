package com.marketchats.service.outbox;

import com.marketchats.api.ApiException;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.dto.ApiError;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Decides what a failed send means for its item, following the API's rules: a 4xx is not retried
 * (420 waits for {@code X-RateLimit-Resource-Until}); a 5xx or a network failure is retried with
 * backoff; a request that may have arrived is reconciled with the chat's history first.
 */
final class FailureClassifier {

    /** What the sender does with the item. */
    enum Action {
        /** FAILED: the seller decides (retry or cancel). */
        FAIL,
        /** FAILED, and the whole sender pauses until the credentials change. */
        PAUSE,
        /** QUEUED again, due at {@link Verdict#retryAt()}. */
        RETRY,
        /** Look for it in the chat's history; if absent, QUEUED again, due at {@link Verdict#retryAt()}. */
        RECONCILE
    }

    /** The decision, with what to store as the item's last error. */
    record Verdict(Action action, FailureCode code, String message, Instant retryAt) {
    }

    private final OutboxSettings settings;

    FailureClassifier(OutboxSettings settings) {
        this.settings = settings;
    }

    /** @param attempts the item's attempts including the one that failed */
    Verdict classify(ApiException failure, int attempts) {
        Instant now = settings.clock().instant();
        Instant backoff = now.plus(settings.backoff().delay(attempts));
        String message = message(failure);
        if (failure.outcomeUncertain()) {
            Instant settled = now.plus(settings.settleDelay());
            return new Verdict(Action.RECONCILE, FailureCode.UNCERTAIN, message,
                    settled.isAfter(backoff) ? settled : backoff);
        }
        return switch (failure.kind()) {
            case INVALID_INPUT -> new Verdict(Action.FAIL, FailureCode.INVALID_INPUT,
                    failure.inputProblem() + ": " + message, null);
            case BAD_REQUEST -> new Verdict(Action.FAIL, FailureCode.BAD_REQUEST, message, null);
            case FORBIDDEN -> new Verdict(Action.FAIL, FailureCode.FORBIDDEN, message, null);
            case NOT_FOUND -> new Verdict(Action.FAIL, FailureCode.NOT_FOUND, message, null);
            case UNAUTHORIZED -> new Verdict(Action.PAUSE, FailureCode.UNAUTHORIZED, message, null);
            case RATE_LIMITED -> new Verdict(Action.RETRY, FailureCode.RATE_LIMITED, message,
                    rateLimitedUntil(failure.rateLimit(), now, backoff));
            case SERVER_ERROR -> new Verdict(Action.RETRY, FailureCode.SERVER_ERROR, message, backoff);
            case NETWORK -> new Verdict(Action.RETRY, FailureCode.NETWORK, message, backoff);
            case UNEXPECTED -> new Verdict(Action.FAIL, FailureCode.UNEXPECTED, message, null);
        };
    }

    /**
     * The window's end (with the header's margin) when the 420 says the window is spent; otherwise (the parallel limit, or no
     * usable header) the backoff.
     */
    private static Instant rateLimitedUntil(RateLimitInfo info, Instant now, Instant backoff) {
        boolean windowSpent = info.remaining() == null || info.remaining() <= 0;
        if (windowSpent && info.until() != null && info.until().isAfter(now)) {
            return info.safeUntil();
        }
        return backoff;
    }

    /** The API's own words when it gave any ({@code errors[]}), else the client's description. */
    static String message(ApiException failure) {
        if (!failure.errors().isEmpty()) {
            return failure.errors().stream()
                    .map(FailureClassifier::describe)
                    .collect(Collectors.joining("; "));
        }
        return failure.getMessage();
    }

    private static String describe(ApiError error) {
        if (error.message() == null || error.message().isBlank()) {
            return String.valueOf(error.code());
        }
        return error.code() == null ? error.message() : error.code() + ": " + error.message();
    }
}
