package com.marketchats.service.budget;

import com.marketchats.testing.TestClock;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static com.marketchats.api.ApiOperation.GET_CHATS;
import static com.marketchats.api.ApiOperation.SEND_MESSAGE_TO_CHAT;
import static com.marketchats.service.budget.Budgets.answer;
import static com.marketchats.service.budget.Budgets.spend;
import static com.marketchats.service.budget.Budgets.take;
import static com.marketchats.service.budget.Priority.FOREGROUND;
import static com.marketchats.service.budget.Priority.SEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The snapshot a budget meter shows, and the listeners told about changes. */
class BudgetStateTest {

    private final TestClock clock = new TestClock();
    private final RequestBudget budget = Budgets.on(clock).build();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aNewBudgetShowsTheSpecsLimitsForEveryMethod() {
        BudgetState state = budget.state();

        assertThat(state.at()).isEqualTo(clock.instant());
        assertThat(state.inFlight()).isZero();
        assertThat(state.maxInFlight()).isEqualTo(4);
        assertThat(state.methods()).containsOnlyKeys(ApiOperation.values());
        for (ApiOperation operation : ApiOperation.values()) {
            MethodBudget method = state.method(operation);
            assertThat(method.limit()).isEqualTo(operation.hourlyLimit());
            assertThat(method.remaining()).isEqualTo(operation.hourlyLimit());
            assertThat(method.windowResetsAt()).isNull();
            assertThat(method.blocked()).isFalse();
            assertThat(method.queued()).isZero();
            assertThat(method.inFlight()).isZero();
        }
    }

    @Test
    void theSnapshotFollowsPermitsHeadersAnd420s() {
        Instant until = clock.instant().plus(Duration.ofMinutes(25));
        spend(budget, SEND_MESSAGE_TO_CHAT, SEND, 10);
        Permit open = take(budget, SEND_MESSAGE_TO_CHAT, SEND);
        answer(budget, SEND_MESSAGE_TO_CHAT, 200, 700L, until);

        MethodBudget sends = budget.state().method(SEND_MESSAGE_TO_CHAT);
        assertThat(sends.remaining()).isEqualTo(700);
        assertThat(sends.windowResetsAt()).isEqualTo(until.plus(RateLimitInfo.UNTIL_MARGIN));
        assertThat(sends.inFlight()).isEqualTo(1);
        assertThat(budget.state().inFlight()).isEqualTo(1);

        open.close();
        try (Permit permit = take(budget, GET_CHATS, FOREGROUND)) {
            answer(budget, GET_CHATS, 420, 0L, until);
        }
        MethodBudget chats = budget.state().method(GET_CHATS);
        assertThat(chats.blockedUntil()).isEqualTo(until.plus(RateLimitInfo.UNTIL_MARGIN));
        assertThat(chats.remaining()).isZero();
        assertThat(budget.state().inFlight()).isZero();

        threads.submit(() -> budget.acquire(GET_CHATS, FOREGROUND));
        await().until(() -> budget.state().method(GET_CHATS).queued() == 1);
        assertThat(budget.state().queued()).isEqualTo(1);
    }

    @Test
    void snapshotsCannotBeChanged() {
        BudgetState state = budget.state();

        take(budget, GET_CHATS, FOREGROUND).close();

        assertThat(state.method(GET_CHATS).remaining()).isEqualTo(5_000);
        assertThat(budget.state().method(GET_CHATS).remaining()).isEqualTo(4_999);
        assertThat(state.methods()).isUnmodifiable();
    }

    @Test
    void listenersHearOfGrantsAnswersAndReleases() {
        List<BudgetState> heard = new CopyOnWriteArrayList<>();
        Consumer<BudgetState> listener = heard::add;
        budget.addListener(listener);

        Permit permit = take(budget, SEND_MESSAGE_TO_CHAT, SEND);
        assertThat(heard).last().extracting(BudgetState::inFlight).isEqualTo(1);

        answer(budget, SEND_MESSAGE_TO_CHAT, 200, 3L, clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(heard).last().satisfies(state ->
                assertThat(state.method(SEND_MESSAGE_TO_CHAT).remaining()).isEqualTo(3));

        permit.close();
        assertThat(heard).last().extracting(BudgetState::inFlight).isEqualTo(0);

        int before = heard.size();
        budget.removeListener(listener);
        take(budget, GET_CHATS, FOREGROUND).close();
        assertThat(heard).hasSize(before);
    }

    @Test
    void listenersRunOutsideTheBudgetsLock() {
        List<Boolean> otherThreadGotState = new CopyOnWriteArrayList<>();
        budget.addListener(state -> {
            try {
                // Another thread could not read the state if this thread held the budget's lock.
                threads.submit(budget::state).get(5, TimeUnit.SECONDS);
                otherThreadGotState.add(true);
            } catch (Exception e) {
                otherThreadGotState.add(false);
            }
        });

        take(budget, GET_CHATS, FOREGROUND).close();

        assertThat(otherThreadGotState).isNotEmpty().containsOnly(true);
    }

    @Test
    void aFailingListenerDoesNotBreakTheBudget() {
        budget.addListener(state -> {
            throw new IllegalStateException("listener bug");
        });
        List<BudgetState> heard = new CopyOnWriteArrayList<>();
        budget.addListener(heard::add);

        take(budget, GET_CHATS, FOREGROUND).close();

        assertThat(heard).isNotEmpty();
    }
}
