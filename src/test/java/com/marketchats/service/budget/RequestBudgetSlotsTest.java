package com.marketchats.service.budget;

import com.marketchats.testing.TestClock;
import com.marketchats.api.ApiOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.marketchats.api.ApiOperation.GET_CHAT;
import static com.marketchats.api.ApiOperation.GET_CHATS;
import static com.marketchats.api.ApiOperation.GET_CHAT_HISTORY;
import static com.marketchats.api.ApiOperation.GET_CHAT_MESSAGE;
import static com.marketchats.api.ApiOperation.SEND_MESSAGE_TO_CHAT;
import static com.marketchats.service.budget.Budgets.answer;
import static com.marketchats.service.budget.Budgets.spend;
import static com.marketchats.service.budget.Budgets.take;
import static com.marketchats.service.budget.Budgets.tryNow;
import static com.marketchats.service.budget.Budgets.warmUp;
import static com.marketchats.service.budget.Priority.BACKGROUND;
import static com.marketchats.service.budget.Priority.FOREGROUND;
import static com.marketchats.service.budget.Priority.SEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The four request slots, the first-request probe, priorities and the background reserve. */
class RequestBudgetSlotsTest {

    private final TestClock clock = new TestClock();
    private final RequestBudget budget = Budgets.on(clock).build();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void untilTheFirstRequestOfAMethodEndsItGoesAlone() {
        Permit probe = take(budget, GET_CHATS, FOREGROUND);
        assertThat(tryNow(budget, GET_CHATS, FOREGROUND)).as("the window's state is unknown").isEmpty();
        assertThat(tryNow(budget, GET_CHAT, FOREGROUND)).as("each method probes for itself").isPresent();

        probe.close();

        List<Permit> permits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            permits.add(take(budget, GET_CHATS, FOREGROUND));
        }
        permits.forEach(Permit::close);
    }

    @Test
    void exactlyFourOfTenWaitingRequestsHoldAPermit() throws Exception {
        warmUp(budget, GET_CHATS);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger mostHolding = new AtomicInteger();
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(threads.submit(() -> {
                try (Permit permit = budget.acquire(GET_CHATS, FOREGROUND)) {
                    mostHolding.accumulateAndGet(holding.incrementAndGet(), Math::max);
                    finish.await();
                    holding.decrementAndGet();
                }
                return null;
            }));
        }

        await().until(() -> budget.state().method(GET_CHATS).queued() == 6);
        assertThat(budget.state().inFlight()).isEqualTo(4);
        assertThat(holding.get()).isEqualTo(4);

        finish.countDown();
        for (Future<?> request : requests) {
            request.get(10, TimeUnit.SECONDS);
        }
        assertThat(mostHolding.get()).isEqualTo(4);
        assertThat(budget.state().inFlight()).isZero();
    }

    @Test
    void neverMoreThanFourInFlightUnderManyThreads() throws Exception {
        ApiOperation[] operations = {GET_CHATS, GET_CHAT_HISTORY, GET_CHAT, GET_CHAT_MESSAGE, SEND_MESSAGE_TO_CHAT};
        Priority[] priorities = Priority.values();
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger mostHolding = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            workers.add(threads.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 100; i++) {
                    ApiOperation operation = operations[random.nextInt(operations.length)];
                    try (Permit permit = budget.acquire(operation, priorities[random.nextInt(priorities.length)])) {
                        mostHolding.accumulateAndGet(holding.incrementAndGet(), Math::max);
                        answer(budget, operation, 200, null, null);
                        for (int spin = random.nextInt(2_000); spin > 0; spin--) {
                            Thread.onSpinWait();
                        }
                        holding.decrementAndGet();
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.SECONDS);
        }

        assertThat(done.get()).isEqualTo(1_600);
        assertThat(mostHolding.get()).isBetween(1, 4);
        assertThat(budget.state().inFlight()).isZero();
        assertThat(budget.state().queued()).isZero();
    }

    @Test
    void aWaitingSendGetsTheNextSlotBeforeAWaitingBackgroundRequest() throws Exception {
        warmUp(budget, GET_CHAT);
        warmUp(budget, GET_CHATS);
        warmUp(budget, SEND_MESSAGE_TO_CHAT);
        List<Permit> held = holdSlots(4);
        Future<Permit> background = threads.submit(() -> budget.acquire(GET_CHATS, BACKGROUND));
        await().until(() -> budget.state().method(GET_CHATS).queued() == 1);
        Future<Permit> send = threads.submit(() -> budget.acquire(SEND_MESSAGE_TO_CHAT, SEND));
        await().until(() -> budget.state().method(SEND_MESSAGE_TO_CHAT).queued() == 1);

        held.remove(0).close();

        assertThat(send.get(10, TimeUnit.SECONDS).operation()).isEqualTo(SEND_MESSAGE_TO_CHAT);
        assertThat(background).isNotDone();
        assertThat(budget.state().method(GET_CHATS).queued()).isEqualTo(1);

        held.remove(0).close();
        assertThat(background.get(10, TimeUnit.SECONDS).priority()).isEqualTo(BACKGROUND);
    }

    @Test
    void backgroundNeverTakesTheLastSlotWhileAHigherPriorityRequestWaits() throws Exception {
        warmUp(budget, GET_CHAT);
        warmUp(budget, GET_CHATS);
        spend(budget, SEND_MESSAGE_TO_CHAT, SEND, 1_000);
        holdSlots(3);
        Future<Permit> send = threads.submit(() -> budget.acquire(SEND_MESSAGE_TO_CHAT, SEND));
        await().until(() -> budget.state().method(SEND_MESSAGE_TO_CHAT).queued() == 1);

        assertThat(tryNow(budget, GET_CHATS, BACKGROUND)).as("the last slot stays for the send").isEmpty();
        Optional<Permit> foreground = tryNow(budget, GET_CHATS, FOREGROUND);
        assertThat(foreground).as("only background is held back").isPresent();
        foreground.get().close();

        clock.advance(Duration.ofMillis(3_600)); // one token for the send
        assertThat(send.get(10, TimeUnit.SECONDS).operation()).isEqualTo(SEND_MESSAGE_TO_CHAT);
    }

    @Test
    void aWaiterThatSleptForASlotWakesForItsTokenOnceTheSlotFrees() throws Exception {
        RequestBudget slowRecheck = Budgets.on(clock).recheckInterval(Duration.ofMinutes(5)).build();
        warmUp(slowRecheck, GET_CHAT);
        spend(slowRecheck, SEND_MESSAGE_TO_CHAT, SEND, 1_000);
        List<Permit> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(take(slowRecheck, GET_CHAT, FOREGROUND));
        }
        Future<Permit> send = threads.submit(() -> slowRecheck.acquire(SEND_MESSAGE_TO_CHAT, SEND));
        await().until(() -> slowRecheck.state().method(SEND_MESSAGE_TO_CHAT).queued() == 1);
        clock.advance(Duration.ofMillis(3_500)); // the token is 100 ms away; the waiter sleeps for minutes

        held.get(0).close();
        clock.advance(Duration.ofMillis(100));

        await().atMost(Duration.ofSeconds(5)).until(send::isDone);
        assertThat(send.get().operation()).isEqualTo(SEND_MESSAGE_TO_CHAT);
    }

    @Test
    void aSendBlockedByA420DoesNotHoldBackgroundBack() throws Exception {
        warmUp(budget, GET_CHAT);
        warmUp(budget, GET_CHATS);
        try (Permit permit = take(budget, SEND_MESSAGE_TO_CHAT, SEND)) {
            answer(budget, SEND_MESSAGE_TO_CHAT, 420, 0L, clock.instant().plus(Duration.ofMinutes(30)));
        }
        holdSlots(3);
        threads.submit(() -> budget.acquire(SEND_MESSAGE_TO_CHAT, SEND));
        await().until(() -> budget.state().method(SEND_MESSAGE_TO_CHAT).queued() == 1);

        assertThat(tryNow(budget, GET_CHATS, BACKGROUND)).isPresent();
    }

    @Test
    void backgroundLeavesTheReserveOfTheServersWindow() {
        try (Permit permit = take(budget, GET_CHATS, FOREGROUND)) {
            answer(budget, GET_CHATS, 200, 501L, clock.instant().plus(Duration.ofMinutes(30)));
        }

        spend(budget, GET_CHATS, BACKGROUND, 1); // 10 % of 5,000 stays for sends and the open chat
        assertThat(tryNow(budget, GET_CHATS, BACKGROUND)).isEmpty();
        spend(budget, GET_CHATS, FOREGROUND, 500);
        assertThat(tryNow(budget, GET_CHATS, FOREGROUND)).isEmpty();
    }

    @Test
    void backgroundLeavesTheReserveOfTheBucket() {
        spend(budget, GET_CHAT, FOREGROUND, 899);

        spend(budget, GET_CHAT, BACKGROUND, 1);
        assertThat(tryNow(budget, GET_CHAT, BACKGROUND)).isEmpty();
        spend(budget, GET_CHAT, SEND, 100);
        assertThat(tryNow(budget, GET_CHAT, SEND)).isEmpty();
    }

    @Test
    void anInterruptedWaitLeavesTheQueue() {
        try (Permit permit = take(budget, SEND_MESSAGE_TO_CHAT, SEND)) {
            answer(budget, SEND_MESSAGE_TO_CHAT, 200, 0L, clock.instant().plus(Duration.ofMinutes(30)));
        }
        Future<Permit> waiting = threads.submit(() -> budget.acquire(SEND_MESSAGE_TO_CHAT, SEND));
        await().until(() -> budget.state().method(SEND_MESSAGE_TO_CHAT).queued() == 1);

        waiting.cancel(true);

        await().until(() -> budget.state().method(SEND_MESSAGE_TO_CHAT).queued() == 0);
        assertThat(budget.state().inFlight()).isZero();
    }

    @Test
    void tryAcquireGivesUpAfterItsWait() throws Exception {
        try (Permit permit = take(budget, GET_CHAT, FOREGROUND)) {
            answer(budget, GET_CHAT, 420, 0L, clock.instant().plus(Duration.ofMinutes(30)));
        }

        assertThat(budget.tryAcquire(GET_CHAT, FOREGROUND, Duration.ofMillis(50))).isEmpty();
        assertThat(budget.state().method(GET_CHAT).queued()).isZero();
    }

    /** Holds {@code count} getChat permits, leaving the rest of the four slots free. */
    private List<Permit> holdSlots(int count) {
        List<Permit> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            held.add(take(budget, GET_CHAT, FOREGROUND));
        }
        return held;
    }
}
