package com.marketchats.service.sync;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiOperation;
import com.marketchats.sandbox.LargeDataset;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.service.budget.MethodBudget;

import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * A first sync through an account's real services against a sandbox whose rate-limit windows are short
 * and whose history limit is small, so that the sync needs several windows. The client is not told the
 * window's length (its budget assumes the API's hour); it can only learn it from the answers' headers.
 */
final class WindowedFirstSync {

    /** What the budget leaves of each window for sends and the open chat (RequestBudgetBuilder defaults). */
    private static final double RESERVE_FRACTION = 0.10;
    private static final int RESERVE_MINIMUM = 5;

    /**
     * @param wallSeconds     from start to the first sync done
     * @param allowedSeconds  the least time the windows allow for the histories read: their requests of
     *                        window k cannot start before k windows after the first one
     * @param histories       getChatHistory requests the sandbox answered with 200
     * @param rateLimited     420 answers, over every method
     * @param learnedWindow   the budget's window for getChatHistory at the end
     */
    record Outcome(double wallSeconds, double allowedSeconds, long histories, long rateLimited, Duration learnedWindow) {

        double ratio() {
            return wallSeconds / allowedSeconds;
        }
    }

    private WindowedFirstSync() {
    }

    static Outcome run(int chats, int historyLimit, Duration window, Path dataDirectory, Duration patience) {
        SandboxConfig config = SandboxConfig.builder()
                .hourLength(window)
                .limit(ApiOperation.GET_CHAT_HISTORY, historyLimit)
                .dataset(LargeDataset.of(chats, chats * 5))
                .build();
        try (SandboxServer sandbox = SandboxServer.start(config);
             AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                     sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), dataDirectory))) {
            long start = System.nanoTime();
            services.start();
            await().atMost(patience).pollInterval(Duration.ofMillis(50))
                    .until(() -> services.sync().status().firstSync().done());
            double wall = (System.nanoTime() - start) / 1e9;
            long histories = sandbox.answers().forOperation(ApiOperation.GET_CHAT_HISTORY, 200);
            long perWindow = historyLimit - reserve(historyLimit);
            long windows = (histories + perWindow - 1) / perWindow;
            double allowed = (windows - 1) * window.toNanos() / 1e9;
            MethodBudget reading = services.budget().state().method(ApiOperation.GET_CHAT_HISTORY);
            return new Outcome(wall, allowed, histories, sandbox.answers().withStatus(420), reading.window());
        }
    }

    private static long reserve(int limit) {
        long share = (long) Math.ceil(limit * RESERVE_FRACTION);
        return Math.min(Math.max(share, RESERVE_MINIMUM), limit / 2);
    }
}
