package com.marketchats.service.sync;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiOperation;
import com.marketchats.sandbox.LargeDataset;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.service.budget.MethodBudget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.awaitility.Awaitility.await;

/**
 * A first sync through an account's real services against a sandbox whose rate-limit windows are short
 * and whose history limit is small, so that the sync needs several windows. The client is not told the
 * window's length (its budget assumes the API's hour); it can only learn it from the answers' headers.
 * {@link ShortWindowsTest} checks the outcome; the benchmark's "windows" part prints it. Run alone:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.marketchats.service.sync.WindowedFirstSync}.
 */
public final class WindowedFirstSync {

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
    public record Outcome(double wallSeconds, double allowedSeconds, long histories, long rateLimited, Duration learnedWindow) {

        public double ratio() {
            return wallSeconds / allowedSeconds;
        }
    }

    /** The benchmark's case: three windows of histories at 45 background reads a window. */
    public static final int BENCH_CHATS = 120;
    public static final int BENCH_HISTORY_LIMIT = 50;
    public static final Duration BENCH_WINDOW = Duration.ofSeconds(30);

    private WindowedFirstSync() {
    }

    public static Outcome run(int chats, int historyLimit, Duration window, Path dataDirectory, Duration patience) {
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

    /** The benchmark's figure on its own: 120 chats, 50 histories a window, 30-second windows. */
    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("windowed-sync");
        Outcome outcome = run(BENCH_CHATS, BENCH_HISTORY_LIMIT, BENCH_WINDOW, folder, Duration.ofMinutes(10));
        System.out.printf(Locale.ROOT, "First sync of %d chats, %d histories a %d-s window: %.1f s, the windows"
                        + " allow %.1f s (x%.3f); %d getChatHistory answers; %d answers 420; window learned %s%n",
                BENCH_CHATS, BENCH_HISTORY_LIMIT, BENCH_WINDOW.getSeconds(), outcome.wallSeconds(),
                outcome.allowedSeconds(), outcome.ratio(), outcome.histories(), outcome.rateLimited(),
                outcome.learnedWindow());
    }

    private static long reserve(int limit) {
        long share = (long) Math.ceil(limit * RESERVE_FRACTION);
        return Math.min(Math.max(share, RESERVE_MINIMUM), limit / 2);
    }
}
