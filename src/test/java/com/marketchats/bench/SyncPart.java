package com.marketchats.bench;

import com.marketchats.sandbox.LargeDataset;
import com.marketchats.service.sync.InitialSyncBench;

import java.time.Duration;

/**
 * Figure 1: the first sync of 10,000 chats / 200,000 messages with the sandbox's limits off, against a
 * plain sequential client reading the same data in the same run ({@link InitialSyncBench}). Heap is the
 * whole bench JVM's, sandbox included (its data is the baseline, printed beside it).
 */
final class SyncPart implements BenchPart {

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
            results.add("sync.peakHeapMb", "Sync: peak heap (bench JVM, sandbox included)", "MB", Target.atMost(256),
                    r.peakHeapMb());
            results.add("sync.baselineHeapMb", "Sync: heap before (sandbox's data)", "MB", null, r.baselineHeapMb());
            results.add("sync.storeMatches", "Sync: store equals sandbox (1 = yes)", "", Target.atLeast(1),
                    r.storeMatches() ? 1 : 0);
        }
    }
}
