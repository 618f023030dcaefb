package com.marketchats.sandbox;

import com.marketchats.api.ApiOperation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of the answers the server gave, so tests can assert e.g. "no 420 was ever sent". */
public final class AnswerStats {

    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<ApiOperation, Map<Integer, LongAdder>> byOperation = new ConcurrentHashMap<>();
    private final LongAdder resets = new LongAdder();

    /** Records one answer; {@code operation} is null for paths that are none of the seven operations. */
    void record(ApiOperation operation, int status) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (operation != null) {
            byOperation.computeIfAbsent(operation, o -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, s -> new LongAdder()).increment();
        }
    }

    void recordReset() {
        resets.increment();
    }

    /** Answers sent with this HTTP status, over every path. */
    public long withStatus(int status) {
        LongAdder count = byStatus.get(status);
        return count == null ? 0 : count.sum();
    }

    /** Answers sent for this operation, whatever their status. */
    public long forOperation(ApiOperation operation) {
        Map<Integer, LongAdder> counts = byOperation.get(operation);
        return counts == null ? 0 : counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Answers sent for this operation with this HTTP status. */
    public long forOperation(ApiOperation operation, int status) {
        Map<Integer, LongAdder> counts = byOperation.get(operation);
        LongAdder count = counts == null ? null : counts.get(status);
        return count == null ? 0 : count.sum();
    }

    /** Answers whose connection was cut on purpose (reset and fail-after-commit faults). */
    public long resets() {
        return resets.sum();
    }
}
