package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;
import com.marketchats.bench.FreshnessBench;
import com.marketchats.sandbox.DemoData;
import com.marketchats.sandbox.LargeDataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Benchmark, not a test, of the sync engine against the sandbox on loopback:
 * <ol>
 *   <li><b>initial</b>: the first sync of 10,000 chats / 200,000 messages (limits off): wall time,
 *       requests per method, peak heap, and a plain sequential client reading the same data, as a ratio;</li>
 *   <li><b>latency</b>: the same for a fifth of the data with 20 ms added to every answer, as a stand-in for
 *       a network: where the engine's parallel requests pay off;</li>
 *   <li><b>idle</b>: requests per hour of polling, idle and active, as a share of each method's hourly
 *       limit, with the limits on and every hour shortened 360 times (an hour lasts 10 s);</li>
 *   <li><b>fresh</b>: from a simulated buyer's message to its arrival in the store and the chat list's
 *       view-model, p50 and p95, in real time with the default plan ({@link FreshnessBench}).</li>
 * </ol>
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.marketchats.service.sync.SyncBench
 * </pre>
 * Arguments (optional): the parts to run ({@code initial,latency,idle,fresh}), chats, messages, freshness seconds.
 */
public final class SyncBench {

    /** Not a divisor of the 10 s hot poll, so buyer messages fall all over its cycle. */
    private static final double BUYERS_PER_MINUTE = 13;

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> parts = Set.of((args.length > 0 ? args[0] : "initial,latency,idle,fresh").split(","));
        int chats = args.length > 1 ? Integer.parseInt(args[1]) : LargeDataset.STANDARD_CHATS;
        int messages = args.length > 2 ? Integer.parseInt(args[2]) : LargeDataset.STANDARD_MESSAGES;
        int freshSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 240;
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            // Not into the benchmark's data folders, which are deleted at the end.
            System.setProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
        }
        System.out.printf("Sync benchmark on %d cores, max heap %,d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        if (parts.contains("initial")) {
            printInitial(InitialSyncBench.run(chats, messages, Duration.ZERO));
        }
        if (parts.contains("latency")) {
            printInitial(InitialSyncBench.run(chats / 5, messages / 5, Duration.ofMillis(20)));
        }
        if (parts.contains("idle")) {
            List<IdlePollingBench.Row> rows = new ArrayList<>();
            rows.addAll(IdlePollingBench.run("demo (40 chats)", new DemoData(), 360, 6));
            rows.addAll(IdlePollingBench.run(String.format("%,d chats", chats), LargeDataset.of(chats, messages), 360, 6));
            printIdle(rows);
        }
        if (parts.contains("fresh")) {
            printFresh(FreshnessBench.run(Duration.ofSeconds(freshSeconds), BUYERS_PER_MINUTE), freshSeconds);
        }
        System.exit(0);
    }

    private static void printInitial(InitialSyncBench.Result r) {
        System.out.printf("%n(a) First sync of %,d chats / %,d messages, sandbox limits off, %d ms added to each answer%n",
                r.chats(), r.messages(), r.latency().toMillis());
        System.out.println("| run | wall time | CPU (whole JVM) | getChats | getChatHistory | other | heap |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        System.out.printf("| sync engine (budget, store) | %.1f s (list %.1f s) | %.1f s | %,d | %,d | %,d "
                        + "| peak %,d MB (baseline %,d MB) |%n", r.engineSeconds(), r.listSeconds(), r.engineCpuSeconds(),
                r.chatsRequests(), r.historyRequests(), r.otherRequests(), r.peakHeapMb(), r.baselineHeapMb());
        System.out.printf("| plain sequential client (no store) | %.1f s | %.1f s | %,d requests in all | | | |%n",
                r.sequentialSeconds(), r.sequentialCpuSeconds(), r.sequentialRequests());
        System.out.printf("| plain client, engine's concurrency (no store) | %.1f s | | | | | |%n", r.concurrentSeconds());
        System.out.printf("engine / sequential wall time: %.2f; engine / same concurrency: %.2f; store equals sandbox: %s;"
                        + " search finds the planted words: %s%n", r.engineSeconds() / r.sequentialSeconds(),
                r.engineSeconds() / r.concurrentSeconds(), r.storeMatches() ? "yes" : "NO", r.searchFinds() ? "yes" : "NO");
    }

    private static void printIdle(List<IdlePollingBench.Row> rows) {
        System.out.printf("%n(b) Polling after the first sync, limits on, hour = 10 s, one chat open, no buyers%n");
        System.out.println("| cabinet | user | getChats / h | getChatHistory / h | getChat / h |");
        System.out.println("|---|---|---:|---:|---:|");
        for (IdlePollingBench.Row row : rows) {
            System.out.printf("| %s | %s | %s | %s | %s |%n", row.scenario(), row.active() ? "active" : "idle",
                    cell(row, ApiOperation.GET_CHATS), cell(row, ApiOperation.GET_CHAT_HISTORY),
                    cell(row, ApiOperation.GET_CHAT));
        }
    }

    private static String cell(IdlePollingBench.Row row, ApiOperation operation) {
        return String.format("%,.0f (%.1f %%)", row.perHour().get(operation), 100 * row.share(operation));
    }

    private static void printFresh(FreshnessBench.Result r, int seconds) {
        System.out.printf("%n(c) Freshness: buyers write %.0f messages a minute for %d s, user active, default plan%n",
                BUYERS_PER_MINUTE, seconds);
        System.out.println("| buyer messages | arrived | store p50 | store p95 | store max | view-model p50 | view-model p95 |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf("| %d | %d | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s |%n", r.written(), r.arrived(),
                r.storeP50(), r.storeP95(), r.storeMax(), r.viewP50(), r.viewP95());
    }
}
