package com.marketchats.service.budget;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.ResponseListener;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.api.ApiOperation;
import com.marketchats.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget in front of the real client against the sandbox, with limits on and a three-second hour.
 * The sandbox's per-method limits are the spec's here (1,000 sends per window), so the test that
 * must cross a window lets a "neighbour" (the same key without the budget, e.g. the
 * app's previous run) spend most of the window first; the budget learns that only from the headers.
 */
class BudgetSandboxTest {

    private static final Duration HOUR = Duration.ofSeconds(3);

    private SandboxServer server;
    private RequestBudget budget;
    private BudgetedChatsApi api;
    private List<Long> chatIds;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxConfig.builder().hourLength(HOUR).build());
        budget = RequestBudget.builder().hour(HOUR).rateLimitBackoff(Duration.ofMillis(500)).build();
        api = new BudgetedChatsApi(client(budget.responseListener()), budget, Priority.FOREGROUND);
        chatIds = server.state().chats(server.demoBusinessId()).stream().map(SandboxChat::chatId).limit(5).toList();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        server.close();
    }

    @Test
    void aBurstOf300SendsFromSixThreadsGetsNo420() throws Exception {
        runAll(sendTasks(6, 50));

        assertThat(server.answers().withStatus(420)).isZero();
        assertThat(server.answers().forOperation(ApiOperation.SEND_MESSAGE_TO_CHAT, 200)).isEqualTo(300);
        assertThat(budget.state().inFlight()).isZero();
    }

    @Test
    void aBurstThatOverrunsTheWindowWaitsForItsEndAndGetsNo420() throws Exception {
        AtomicReference<RateLimitInfo> neighbourLast = new AtomicReference<>();
        ChatsApi neighbour = client((operation, status, info) -> neighbourLast.set(info));
        List<Callable<Void>> neighbourSends = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            neighbourSends.add(() -> {
                for (int i = 0; i < 225; i++) {
                    neighbour.sendMessage(chatIds.get(i % chatIds.size()), "Ответ соседа " + i);
                }
                return null;
            });
        }
        runAll(neighbourSends);
        Instant firstWindowEnd = neighbourLast.get().until();
        assertThat(server.answers().forOperation(ApiOperation.SEND_MESSAGE_TO_CHAT, 200)).isEqualTo(900);
        assertThat(Instant.now()).as("the neighbour was quick enough to leave the window open").isBefore(firstWindowEnd);

        runAll(sendTasks(6, 50));
        Instant finished = Instant.now();

        assertThat(server.answers().withStatus(420)).isZero();
        assertThat(server.answers().forOperation(ApiOperation.SEND_MESSAGE_TO_CHAT, 200)).isEqualTo(1_200);
        assertThat(finished).as("only ~100 sends fit before the window's end").isAfter(firstWindowEnd);
        assertThat(finished).as("no more than two windows later than ideal")
                .isBefore(firstWindowEnd.plus(HOUR.multipliedBy(2)));
    }

    @Test
    void readingAndSendingTogetherStayWithinFourInFlightAndGetNo420() throws Exception {
        CountingChatsApi counting = new CountingChatsApi(client(budget.responseListener()));
        BudgetedChatsApi budgeted = new BudgetedChatsApi(counting, budget, Priority.BACKGROUND);
        BudgetedChatsApi foreground = budgeted.withPriority(Priority.FOREGROUND);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int reader = t;
            tasks.add(() -> {
                for (int i = 0; i < 15; i++) {
                    // Sends reorder the chats while we page, so a page may miss or repeat one.
                    assertThat(budgeted.getAllChats(GetChatsRequest.ALL)).isNotEmpty();
                    foreground.getAllHistory(chatIds.get((reader + i) % chatIds.size()), null);
                }
                return null;
            });
            tasks.add(() -> {
                for (int i = 0; i < 40; i++) {
                    budgeted.sendMessage(chatIds.get((reader + i) % chatIds.size()), "Отправлено " + i);
                }
                return null;
            });
        }

        runAll(tasks);

        assertThat(server.answers().withStatus(420)).isZero();
        assertThat(server.answers().forOperation(ApiOperation.GET_CHATS, 200)).isGreaterThanOrEqualTo(3 * 15 * 2);
        assertThat(server.answers().forOperation(ApiOperation.SEND_MESSAGE_TO_CHAT, 200)).isEqualTo(120);
        assertThat(counting.mostAtOnce()).isBetween(2, 4);
    }

    private List<Callable<Void>> sendTasks(int threadCount, int sendsEach) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            int sender = t;
            tasks.add(() -> {
                for (int i = 0; i < sendsEach; i++) {
                    api.sendMessage(chatIds.get((sender + i) % chatIds.size()), "Сообщение " + sender + "-" + i);
                }
                return null;
            });
        }
        return tasks;
    }

    private void runAll(List<Callable<Void>> tasks) throws Exception {
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            futures.add(threads.submit(task));
        }
        for (Future<Void> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
    }

    private HttpChatsApi client(ResponseListener listener) {
        return HttpChatsApi.builder()
                .baseUrl(server.baseUrl())
                .businessId(server.demoBusinessId())
                .credentials(ApiCredentials.apiKey(server.demoApiKey()))
                .responseListener(listener)
                .build();
    }
}
