package com.marketchats.bench;

import com.marketchats.sandbox.LargeDataset;
import com.marketchats.service.sync.InitialSyncBench;

import java.time.Duration;

/**
 * Figure 1: the first sync of 10,000 chats / 200,000 messages with the sandbox's limits off, against two
 * plain clients reading the same data in the same run and keeping nothing ({@link InitialSyncBench}): a
 * sequential one, and one with the engine's concurrency (the anchor: what the engine adds over reading).
 * Then the same with 30 ms added to every answer, for 1,000 chats / 20,000 messages (10,000 chats would
 * take the sequential client over five minutes a run): there the engine's requests in flight should pay
 * off. Heap is the whole bench JVM's, sandbox included (its data is the baseline, printed beside it).
 */
final class SyncPart implements BenchPart {

    private static final Duration NETWORK = Duration.ofMillis(30);
    private static final int SLOW_CHATS = 1_000;
    private static final int SLOW_MESSAGES = 20_000;

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public void run(int runs, Results results) throws Exception {
        for (int run = 0; run < runs; run++) {
            InitialSyncBench.Result r = InitialSyncBench.run(LargeDataset.STANDARD_CHATS, LargeDataset.STANDARD_MESSAGES,
                    Duration.ZERO);
            results.add("sync.seconds", "Sync 10k/200k: wall time", "s", Target.atMost(20), r.engineSeconds());
            results.add("sync.requests", "Sync: requests", "", null,
                    r.chatsRequests() + r.historyRequests() + r.otherRequests());
            results.add("sync.plainSeconds", "Sync: plain sequential client", "s", null, r.sequentialSeconds());
            results.add("sync.ratio", "Sync: engine ÷ plain client", "×", Target.atMost(0.5),
                    r.engineSeconds() / r.sequentialSeconds());
            results.add("sync.concurrentSeconds", "Sync: plain client, engine's concurrency", "s", null,
                    r.concurrentSeconds());
            results.add("sync.concurrentRatio", "Sync: engine ÷ plain client of the same concurrency", "×",
                    Target.atMost(1.1), r.engineSeconds() / r.concurrentSeconds());
            results.add("sync.peakHeapMb", "Sync: peak heap (bench JVM, sandbox included)", "MB", Target.atMost(256),
                    r.peakHeapMb());
            results.add("sync.baselineHeapMb", "Sync: heap before (sandbox's data)", "MB", null, r.baselineHeapMb());
            results.add("sync.storeMatches", "Sync: store equals sandbox (1 = yes)", "", Target.atLeast(1),
                    r.storeMatches() ? 1 : 0);
            results.add("sync.searchFinds", "Sync: search finds words synced in the first sync (1 = yes)", "",
                    Target.atLeast(1), r.searchFinds() ? 1 : 0);
            InitialSyncBench.Result slow = InitialSyncBench.run(SLOW_CHATS, SLOW_MESSAGES, NETWORK);
            results.add("sync.slowSeconds", "Sync 1k/20k, 30 ms per answer: wall time", "s", null, slow.engineSeconds());
            results.add("sync.slowPlainSeconds", "Sync 1k/20k, 30 ms: plain sequential client", "s", null,
                    slow.sequentialSeconds());
            results.add("sync.slowRatio", "Sync 1k/20k, 30 ms: engine ÷ plain sequential client", "×",
                    Target.atMost(0.35), slow.engineSeconds() / slow.sequentialSeconds());
            results.add("sync.slowStoreMatches", "Sync 1k/20k, 30 ms: store equals sandbox (1 = yes)", "",
                    Target.atLeast(1), slow.storeMatches() && slow.searchFinds() ? 1 : 0);
        }
    }
}
