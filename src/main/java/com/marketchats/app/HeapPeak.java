package com.marketchats.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest heap in use seen while it runs, sampled every few milliseconds from {@link Runtime}: the
 * app's module does not read {@code java.management} (nor does its packaged runtime hold it), whose
 * memory pools would give the peak without sampling.
 */
final class HeapPeak implements AutoCloseable {

    private static final long EVERY_MS = 20;

    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-peak");
        thread.setDaemon(true);
        return thread;
    });

    HeapPeak() {
        sampler.scheduleAtFixedRate(this::sample, 0, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    long bytes() {
        sample();
        return peak.get();
    }

    private void sample() {
        Runtime runtime = Runtime.getRuntime();
        peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
