package com.marketchats.service.budget;

import com.marketchats.testing.ForwardingChatsApi;
import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.ResponseListener;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.api.ApiOperation;
import com.marketchats.sandbox.SandboxServer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * How close the budget comes to what the API allows, against the sandbox with its real (time-scaled)
 * limits: sendMessageToChat allows 1,000 per window and four requests in flight. Not a test; run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.marketchats.service.budget.BudgetBench} (optional arguments: sends, hour in
 * milliseconds, sender threads).
 *
 * <ol>
 *   <li><b>fresh window</b>: the burst through the budget, against a baseline run just before it: the
 *       same sender threads through a plain semaphore of four, no hourly logic. The window holds the
 *       whole burst, so the baseline's rate is the allowed one (what four in flight allow here).</li>
 *   <li><b>across a window</b>: a neighbour without the budget (the same key, e.g. the app's previous
 *       run) first spends all but 100 of the window; the budget only learns that from the headers.
 *       The ideal finish is the later of "100 sends at the best baseline rate" and the header's
 *       {@code Until} (a client that obeys the headers cannot start the next window before it; the
 *       sandbox, like the API, states it to the second), plus the rest at the best baseline rate;
 *       achieved / allowed is the ideal time over the time taken.</li>
 * </ol>
 */
public final class BudgetBench {

    private static final int WINDOW_LEFT_BY_NEIGHBOUR = 100;
    private static final int PARALLEL = 4;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 5;

    private final int sends;
    private final Duration hour;
    private final int threads;
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-sender");
        thread.setDaemon(true);
        return thread;
    });

    private BudgetBench(int sends, Duration hour, int threads) {
        this.sends = sends;
        this.hour = hour;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        int sends = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Duration hour = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 2_000);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        new BudgetBench(sends, hour, threads).run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Budget bench: %d sendMessageToChat, sandbox limits on (1000 per window, "
                + "%d in flight), hour = %d ms, %d sender threads; a new sandbox for every run%n",
                sends, PARALLEL, hour.toMillis(), threads);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            baseline();
            freshWindow();
        }
        List<Double> freshRatios = new ArrayList<>();
        double bestBaseline = 0;
        long rateLimited = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Run baseline = baseline();
            Run fresh = freshWindow();
            bestBaseline = Math.max(bestBaseline, baseline.rate());
            rateLimited += baseline.rateLimited() + fresh.rateLimited();
            freshRatios.add(fresh.rate() / baseline.rate());
            System.out.printf(Locale.ROOT, "fresh window   : baseline %.0f sends/s, budget %.0f sends/s; "
                    + "achieved / allowed = %.2f; 420s: %d%n", baseline.rate(), fresh.rate(),
                    fresh.rate() / baseline.rate(), baseline.rateLimited() + fresh.rateLimited());
        }
        List<Double> acrossRatios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Run across = acrossAWindow(bestBaseline);
            rateLimited += across.rateLimited();
            acrossRatios.add(across.rate());
        }
        System.out.printf(Locale.ROOT, "median achieved / allowed: fresh window %.2f, across a window %.2f; "
                + "420s in all runs: %d%n", median(freshRatios), median(acrossRatios), rateLimited);
        pool.shutdownNow();
    }

    /** One run: its rate (or ratio) and the 420s the sandbox gave. */
    private record Run(double rate, long rateLimited) {
    }

    /**
     * What the parallel rule allows here: the same sender threads through a plain semaphore of four,
     * with no hourly budget (the window holds the whole burst).
     */
    private Run baseline() throws Exception {
        try (SandboxServer server = sandbox()) {
            Semaphore slots = new Semaphore(PARALLEL);
            ChatsApi gated = new ForwardingChatsApi(client(server, ResponseListener.NONE)) {
                @Override
                protected <T> T around(ApiOperation operation, long chatId, Supplier<T> call) {
                    slots.acquireUninterruptibly();
                    try {
                        return call.get();
                    } finally {
                        slots.release();
                    }
                }
            };
            double seconds = sendAll(gated, chats(server), threads, sends);
            return new Run(sends / seconds, server.answers().withStatus(420));
        }
    }

    private Run freshWindow() throws Exception {
        try (SandboxServer server = sandbox()) {
            RequestBudget budget = RequestBudget.builder().hour(hour).build();
            double seconds = sendAll(budgeted(server, budget), chats(server), threads, sends);
            return new Run(sends / seconds, server.answers().withStatus(420));
        }
    }

    /** Answers achieved / allowed: the ideal time over the time taken. */
    private Run acrossAWindow(double baselineRate) throws Exception {
        try (SandboxServer server = sandbox()) {
            List<Long> chats = chats(server);
            AtomicReference<Instant> until = new AtomicReference<>();
            ChatsApi neighbour = client(server, (operation, status, info) -> later(until, info));
            sendAll(neighbour, chats, PARALLEL, ApiOperation.SEND_MESSAGE_TO_CHAT.hourlyLimit() - WINDOW_LEFT_BY_NEIGHBOUR);
            RequestBudget budget = RequestBudget.builder().hour(hour).build();
            ChatsApi api = budgeted(server, budget);

            Instant start = Instant.now();
            double seconds = sendAll(api, chats, threads, sends);
            double untilWindowEnd = Duration.between(start, until.get()).toNanos() / 1e9;
            int afterWindow = Math.max(0, sends - WINDOW_LEFT_BY_NEIGHBOUR);
            double ideal = Math.max(untilWindowEnd, (sends - afterWindow) / baselineRate) + afterWindow / baselineRate;
            long rateLimited = server.answers().withStatus(420);
            System.out.printf(Locale.ROOT, "across a window: %.2f s (the window ended %.2f s after the start, "
                    + "ideal %.2f s); achieved / allowed = %.2f; 420s: %d%n",
                    seconds, untilWindowEnd, ideal, ideal / seconds, rateLimited);
            return new Run(ideal / seconds, rateLimited);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private SandboxServer sandbox() {
        return SandboxServer.start(SandboxConfig.builder().hourLength(hour).build());
    }

    private static List<Long> chats(SandboxServer server) {
        return server.state().chats(server.demoBusinessId()).stream().map(SandboxChat::chatId).limit(8).toList();
    }

    private static HttpChatsApi client(SandboxServer server, ResponseListener listener) {
        return HttpChatsApi.builder()
                .baseUrl(server.baseUrl())
                .businessId(server.demoBusinessId())
                .credentials(ApiCredentials.apiKey(server.demoApiKey()))
                .responseListener(listener)
                .build();
    }

    private static ChatsApi budgeted(SandboxServer server, RequestBudget budget) {
        return new BudgetedChatsApi(client(server, budget.responseListener()), budget, Priority.FOREGROUND);
    }

    /** Sends {@code count} messages from {@code threadCount} threads; answers the seconds it took. */
    private double sendAll(ChatsApi api, List<Long> chats, int threadCount, int count) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            int sender = t;
            int share = count / threadCount + (t < count % threadCount ? 1 : 0);
            senders.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    api.sendMessage(chats.get((sender + i) % chats.size()), "Bench " + sender + "-" + i);
                }
                return null;
            }));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void later(AtomicReference<Instant> until, RateLimitInfo info) {
        if (info.until() != null) {
            until.accumulateAndGet(info.until(), (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
    }
}
