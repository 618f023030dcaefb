package com.marketchats.bench;

import com.marketchats.api.ApiOperation;
import com.marketchats.sandbox.LargeDataset;
import com.marketchats.service.sync.IdlePollingBench;

import java.time.Duration;

/**
 * Figure 2: freshness with simulated buyers and real limits ({@link FreshnessBench}), and the requests per
 * hour of each read method while the user is idle, as a share of its hourly limit, on the 10,000-chat
 * cabinet with limits on and every hour shortened 360 times ({@link IdlePollingBench}).
 */
final class FreshnessPart implements BenchPart {

    /** Not a divisor of the 10 s hot poll, so buyer messages fall all over its cycle. */
    private static final double BUYERS_PER_MINUTE = 13;
    private static final double HOUR_SCALE = 360;

    private final Duration length;
    private final double idleHours;

    FreshnessPart(Duration length, double idleHours) {
        this.length = length;
        this.idleHours = idleHours;
    }

    @Override
    public String name() {
        return "freshness";
    }

    @Override
    public void run(int runs, Results results) throws Exception {
        for (int run = 0; run < runs; run++) {
            FreshnessBench.Result r = FreshnessBench.run(length, BUYERS_PER_MINUTE);
            results.add("fresh.storeP50", "Freshness: buyer → store, p50", "s", null, r.storeP50());
            results.add("fresh.storeP95", "Freshness: buyer → store, p95", "s", Target.atMost(30), r.storeP95());
            results.add("fresh.viewP50", "Freshness: buyer → view-model, p50", "s", null, r.viewP50());
            results.add("fresh.viewP95", "Freshness: buyer → view-model, p95", "s", Target.atMost(30), r.viewP95());
            results.add("fresh.messages", "Freshness: buyer messages (arrived)", "", null, r.arrived());
        }
        for (int run = 0; run < runs; run++) {
            IdlePollingBench.Row idle = IdlePollingBench.run("10k", LargeDataset.standard(), HOUR_SCALE, idleHours,
                    new boolean[] {false}).get(0);
            for (ApiOperation operation : IdlePollingBench.READS) {
                results.add("idle." + operation.operationId(), "Idle polling: " + operation.operationId()
                        + " (% of hourly limit)", "%", Target.atMost(10), 100 * idle.share(operation));
            }
        }
    }
}
