package com.marketchats.service.sync;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the heap in use (total minus free) every 20 ms on a daemon thread and keeps the highest value (for benchmarks). */
public final class HeapSampler implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public HeapSampler() {
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(used(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);
    }

    /** The heap in use after a full collection, for a baseline. */
    public static long settledHeap() {
        System.gc();
        return used();
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    public long peakBytes() {
        return peak.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
