package com.marketchats.service.budget;

import com.marketchats.testing.TestClock;
import com.marketchats.api.RateLimitInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.marketchats.api.ApiOperation.GET_CHAT;
import static com.marketchats.api.ApiOperation.GET_CHATS;
import static com.marketchats.api.ApiOperation.SEND_MESSAGE_TO_CHAT;
import static com.marketchats.service.budget.Budgets.answer;
import static com.marketchats.service.budget.Budgets.spend;
import static com.marketchats.service.budget.Budgets.take;
import static com.marketchats.service.budget.Budgets.tryNow;
import static com.marketchats.service.budget.Priority.FOREGROUND;
import static com.marketchats.service.budget.Priority.SEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Per-method limits: the token bucket, the server's window from the headers, and 420s. */
class RequestBudgetWindowTest {

    private final TestClock clock = new TestClock();
    private final RequestBudget budget = Budgets.on(clock).build();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aMethodGetsItsHourlyLimitThenOneRequestPerRefill() {
        spend(budget, GET_CHAT, FOREGROUND, 1_000);

        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isEmpty();
        assertThat(tryNow(budget, GET_CHATS, FOREGROUND)).as("another method has its own bucket").isPresent();

        clock.advance(Duration.ofMillis(3_600)); // one hour / 1,000
        spend(budget, GET_CHAT, FOREGROUND, 1);
        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isEmpty();
    }

    @Test
    void theBucketRefillsOverTheConfiguredHour() {
        RequestBudget scaled = Budgets.on(clock).hour(Duration.ofSeconds(2)).build();
        spend(scaled, SEND_MESSAGE_TO_CHAT, SEND, 1_000);
        assertThat(tryNow(scaled, SEND_MESSAGE_TO_CHAT, SEND)).isEmpty();

        clock.advance(Duration.ofSeconds(1));

        spend(scaled, SEND_MESSAGE_TO_CHAT, SEND, 500);
        assertThat(tryNow(scaled, SEND_MESSAGE_TO_CHAT, SEND)).isEmpty();
    }

    @Test
    void remainingZeroBlocksTheMethodUntilTheWindowEnds() throws Exception {
        Instant until = clock.instant().plus(Duration.ofMinutes(10));
        try (Permit permit = take(budget, SEND_MESSAGE_TO_CHAT, SEND)) {
            answer(budget, SEND_MESSAGE_TO_CHAT, 200, 0L, until);
        }
        assertThat(tryNow(budget, SEND_MESSAGE_TO_CHAT, SEND)).isEmpty();
        clock.advance(Duration.ofMinutes(9));
        assertThat(tryNow(budget, SEND_MESSAGE_TO_CHAT, SEND)).isEmpty();

        Future<Permit> waiting = threads.submit(() -> budget.acquire(SEND_MESSAGE_TO_CHAT, SEND));
        await().until(() -> budget.state().method(SEND_MESSAGE_TO_CHAT).queued() == 1);
        assertThat(waiting).isNotDone();

        clock.advance(Duration.ofMinutes(1));
        assertThat(tryNow(budget, SEND_MESSAGE_TO_CHAT, SEND)).as("Until names whole seconds: not yet").isEmpty();
        clock.advance(RateLimitInfo.UNTIL_MARGIN);

        await().until(waiting::isDone);
        assertThat(waiting.get().operation()).isEqualTo(SEND_MESSAGE_TO_CHAT);
        assertThat(budget.state().method(SEND_MESSAGE_TO_CHAT).windowResetsAt()).as("a fresh window").isNull();
    }

    @Test
    void requestsStillInFlightAreSubtractedFromRemaining() {
        spend(budget, GET_CHAT, FOREGROUND, 1);
        Permit answered = take(budget, GET_CHAT, FOREGROUND);
        Permit second = take(budget, GET_CHAT, FOREGROUND);
        Permit third = take(budget, GET_CHAT, FOREGROUND);

        answer(budget, GET_CHAT, 200, 5L, clock.instant().plus(Duration.ofMinutes(30)));
        answered.close();
        second.close();
        third.close();

        spend(budget, GET_CHAT, FOREGROUND, 3); // 5 remaining minus the two the server may not have counted yet
        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isEmpty();
    }

    @Test
    void remainingLargerThanTheBucketIsStillBoundedByTheBucket() {
        spend(budget, GET_CHAT, FOREGROUND, 994);
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            answer(budget, GET_CHAT, 200, 900L, clock.instant().plus(Duration.ofMinutes(30)));
        }

        spend(budget, GET_CHAT, FOREGROUND, 5);
        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isEmpty();
    }

    @Test
    void anOlderAnswerArrivingLateCannotRaiseTheAllowance() {
        Instant until = clock.instant().plus(Duration.ofMinutes(30));
        spend(budget, GET_CHAT, FOREGROUND, 1);
        Permit older = take(budget, GET_CHAT, FOREGROUND);
        threads.submit(() -> {
            try (Permit newer = budget.acquire(GET_CHAT, FOREGROUND)) {
                answer(budget, GET_CHAT, 200, 2L, until);
            }
            return null;
        });
        await().until(() -> budget.state().method(GET_CHAT).remaining() == 1);

        answer(budget, GET_CHAT, 200, 3L, until); // the server counted "older" first; its answer came last
        older.close();

        spend(budget, GET_CHAT, FOREGROUND, 1);
        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isEmpty();
    }

    @Test
    void answersFromAWindowThatEndedAreIgnored() {
        Instant firstEnd = clock.instant().plus(Duration.ofMinutes(5));
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            answer(budget, GET_CHAT, 200, 100L, firstEnd);
        }
        Permit straggler = take(budget, GET_CHAT, FOREGROUND);
        clock.advance(Duration.ofMinutes(6));

        answer(budget, GET_CHAT, 200, 0L, firstEnd);
        straggler.close();

        assertThat(budget.state().method(GET_CHAT).windowResetsAt()).isNull();
        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isPresent();
    }

    @Test
    void aServerErrorDoesNotCountAgainstTheWindow() {
        Instant until = clock.instant().plus(Duration.ofMinutes(30));
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            answer(budget, GET_CHAT, 200, 1L, until);
        }
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            answer(budget, GET_CHAT, 500, 1L, until);
        }
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            answer(budget, GET_CHAT, 200, 0L, until);
        }

        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isEmpty();
    }

    @Test
    void aRequestMarkedNotSentGivesItsUnitBack() {
        Instant until = clock.instant().plus(Duration.ofMinutes(30));
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            answer(budget, GET_CHAT, 200, 1L, until);
        }
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            permit.markNotSent();
        }

        spend(budget, GET_CHAT, FOREGROUND, 1);
        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).isEmpty();
    }

    @Test
    void a420BlocksTheMethodUntilItsUntil() {
        Instant until = clock.instant().plus(Duration.ofMinutes(20));
        try (Permit permit = take(budget, SEND_MESSAGE_TO_CHAT, SEND)) {
            answer(budget, SEND_MESSAGE_TO_CHAT, 420, 0L, until);
        }

        assertThat(budget.state().method(SEND_MESSAGE_TO_CHAT).blockedUntil())
                .isEqualTo(until.plus(RateLimitInfo.UNTIL_MARGIN));
        assertThat(tryNow(budget, SEND_MESSAGE_TO_CHAT, SEND)).isEmpty();
        assertThat(tryNow(budget, GET_CHATS, FOREGROUND)).as("other methods go on").isPresent();

        clock.advance(Duration.ofMinutes(20));
        assertThat(tryNow(budget, SEND_MESSAGE_TO_CHAT, SEND)).as("exactly at Until could meet one more 420").isEmpty();
        clock.advance(RateLimitInfo.UNTIL_MARGIN);
        assertThat(budget.state().method(SEND_MESSAGE_TO_CHAT).blockedUntil()).isNull();
        assertThat(tryNow(budget, SEND_MESSAGE_TO_CHAT, SEND)).isPresent();
    }

    @Test
    void a420WithoutUntilWaitsTheDefaultBackoff() {
        RequestBudget withBackoff = Budgets.on(clock).rateLimitBackoff(Duration.ofSeconds(30)).build();
        try (Permit permit = take(withBackoff, GET_CHAT, FOREGROUND)) {
            withBackoff.responseListener().onResponse(GET_CHAT, 420, RateLimitInfo.NONE);
        }

        assertThat(withBackoff.state().method(GET_CHAT).blockedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(tryNow(withBackoff, GET_CHAT, FOREGROUND)).isPresent();
    }

    @Test
    void a420WithRequestsLeftIsTheParallelLimitAndWaitsOnlyTheBackoff() {
        RequestBudget withBackoff = Budgets.on(clock).rateLimitBackoff(Duration.ofSeconds(2)).build();
        try (Permit permit = take(withBackoff, GET_CHAT, FOREGROUND)) {
            answer(withBackoff, GET_CHAT, 420, 640L, clock.instant().plus(Duration.ofMinutes(40)));
        }

        assertThat(withBackoff.state().method(GET_CHAT).blockedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofSeconds(2)));
    }

    @Test
    void theServersLimitReplacesTheSpecs() {
        try (Permit permit = take(budget, GET_CHATS, FOREGROUND)) {
            budget.responseListener().onResponse(GET_CHATS, 200,
                    new RateLimitInfo(100L, 99L, clock.instant().plus(Duration.ofMinutes(30))));
        }

        assertThat(budget.state().method(GET_CHATS).limit()).isEqualTo(100);
        assertThat(budget.state().method(GET_CHATS).remaining()).isEqualTo(99);
    }
}
