package com.marketchats.service.sync;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.service.sync.FailureTracker.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** What each failure means, and the waits of the retry policy with and without jitter. */
class FailureTrackerTest {

    private static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");
    private static final ApiOperation OP = ApiOperation.GET_CHATS;

    private static ApiException answer(int status, RateLimitInfo info) {
        return ApiException.errorAnswer(OP, status, List.of(), info, null);
    }

    @Test
    void retryWaitsDoubleAndJitterTakesOffUpToItsShare() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.offlineAfter(0, 0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.offlineAfter(3, 0)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.offlineAfter(30, 0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.offlineAfter(0, 0.999)).isBetween(Duration.ofMillis(2_500), Duration.ofMillis(2_510));
        assertThat(policy.retryAfter(1, 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.retryAfter(2, 0.5)).isEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void aSpentWindowWaitsForItsEndAndOther420sForTheRetryDelay() {
        FailureTracker tracker = new FailureTracker(RetryPolicy.DEFAULT, () -> 0);
        Instant windowEnd = NOW.plus(Duration.ofMinutes(20));

        assertThat(tracker.failed(answer(420, new RateLimitInfo(5_000L, 0L, windowEnd)), NOW).retryAt())
                .as("past the whole second Until names").isEqualTo(windowEnd.plus(RateLimitInfo.UNTIL_MARGIN));
        assertThat(tracker.failed(answer(420, new RateLimitInfo(5_000L, 300L, windowEnd)), NOW).retryAt())
                .as("the parallel limit").isEqualTo(NOW.plusSeconds(1));
        assertThat(tracker.offline()).isFalse();
    }

    @Test
    void eachKindOfFailureHasItsVerdict() {
        FailureTracker tracker = new FailureTracker(RetryPolicy.DEFAULT, () -> 0);

        assertThat(tracker.failed(answer(404, RateLimitInfo.NONE), NOW).verdict()).isEqualTo(Verdict.SKIP);
        assertThat(tracker.failed(answer(400, RateLimitInfo.NONE), NOW).verdict()).isEqualTo(Verdict.SKIP);
        assertThat(tracker.failed(new CancellationException(), NOW).verdict()).isEqualTo(Verdict.SKIP);
        assertThat(tracker.failed(answer(401, RateLimitInfo.NONE), NOW).verdict()).isEqualTo(Verdict.AUTH_PROBLEM);
        assertThat(tracker.authProblem()).isEqualTo(ApiException.Kind.UNAUTHORIZED);
        tracker.clearAuthProblem();
        assertThat(tracker.authProblem()).isNull();
    }

    @Test
    void requestsAlreadyUnderWayWhenItWentOfflineDoNotLengthenTheWait() {
        FailureTracker tracker = new FailureTracker(RetryPolicy.DEFAULT, () -> 0);
        ApiException refused = ApiException.network(OP, false, "refused", null);

        Instant first = tracker.failed(refused, NOW).retryAt();
        Instant second = tracker.failed(refused, NOW.plusMillis(10)).retryAt();
        Instant probe = tracker.failed(refused, first).retryAt();

        assertThat(second).isEqualTo(first);
        assertThat(Duration.between(first, probe)).isEqualTo(Duration.ofSeconds(10));
        assertThat(tracker.answered()).as("an answer ends the spell").isTrue();
        assertThat(tracker.failed(refused, NOW).retryAt()).as("and the waits start over").isEqualTo(NOW.plusSeconds(5));
    }
}
