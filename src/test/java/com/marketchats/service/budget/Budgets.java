package com.marketchats.service.budget;

import com.marketchats.testing.TestClock;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Shortcuts for the budget's unit tests: a budget on a test clock and answers fed by hand. */
final class Budgets {

    static final Duration NO_WAIT = Duration.ZERO;

    private Budgets() {
    }

    /** Real one-hour buckets on the test clock; waiting requests look at the clock every 5 ms. */
    static RequestBudgetBuilder on(TestClock clock) {
        return RequestBudget.builder().clock(clock).recheckInterval(Duration.ofMillis(5));
    }

    /** What the client's response listener would report for the calling thread's request. */
    static void answer(RequestBudget budget, ApiOperation operation, int status, Long remaining, Instant until) {
        budget.responseListener().onResponse(operation, status,
                new RateLimitInfo((long) operation.hourlyLimit(), remaining, until));
    }

    static Optional<Permit> tryNow(RequestBudget budget, ApiOperation operation, Priority priority) {
        try {
            return budget.tryAcquire(operation, priority, NO_WAIT);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static Permit take(RequestBudget budget, ApiOperation operation, Priority priority) {
        Optional<Permit> permit = tryNow(budget, operation, priority);
        assertThat(permit).as("a %s permit for %s right now", priority, operation).isPresent();
        return permit.get();
    }

    /** Takes and closes {@code count} permits one after another; fails if any is refused. */
    static void spend(RequestBudget budget, ApiOperation operation, Priority priority, int count) {
        for (int i = 0; i < count; i++) {
            take(budget, operation, priority).close();
        }
    }

    /** One answered request without rate-limit headers: the method leaves its first-request probe. */
    static void warmUp(RequestBudget budget, ApiOperation operation) {
        try (Permit permit = take(budget, operation, Priority.FOREGROUND)) {
            budget.responseListener().onResponse(operation, 200, RateLimitInfo.NONE);
        }
    }
}
