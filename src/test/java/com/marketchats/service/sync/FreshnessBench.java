package com.marketchats.service.sync;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.store.StoredMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Benchmark part (c): with simulated buyers writing in real time, how long from a buyer's message (its
 * {@code createdAt} in the sandbox) to its arrival in the store, with the default plan while the user is
 * active, real-time limits on. The simulator writes at a fixed pace; pick one that does not divide the
 * 10 s hot poll (13 a minute: every 4.6 s), or every message lands at the same point of the poll cycle.
 */
final class FreshnessBench {

    record Result(int written, int arrived, double p50, double p95, double max) {
    }

    private FreshnessBench() {
    }

    static Result run(Duration length, double buyersPerMinute) throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().buyerMessagesPerMinute(buyersPerMinute).build());
        Path folder = Files.createTempDirectory("sync-bench");
        Map<Long, Instant> arrivals = new ConcurrentHashMap<>();
        try (SyncRig rig = new SyncRig(server, folder, null)) {
            SyncEngine engine = rig.start(builder -> builder.plan(PollingPlan.DEFAULT));
            InitialSyncBench.firstSyncDone(engine).get();
            Instant from = Instant.now();
            rig.events.subscribe(batch -> {
                Instant now = Instant.now();
                for (long chatId : batch.messagesChanged()) {
                    for (StoredMessage message : rig.store.messages().page(chatId, null, 20)) {
                        arrivals.putIfAbsent(message.messageId(), now);
                    }
                }
            });
            IdlePollingBench.pause(length);
            Instant until = Instant.now().minusSeconds(30);
            List<Double> latencies = new ArrayList<>();
            int written = 0;
            for (SandboxChat chat : server.state().chats(server.demoBusinessId())) {
                for (SandboxMessage message : server.state().history(chat.chatId())) {
                    if (message.sender() != MessageSender.CUSTOMER || message.createdAt().isBefore(from)
                            || message.createdAt().isAfter(until)) {
                        continue;
                    }
                    written++;
                    Instant arrived = arrivals.get(message.messageId());
                    if (arrived != null) {
                        latencies.add(Duration.between(message.createdAt(), arrived).toMillis() / 1000.0);
                    }
                }
            }
            Collections.sort(latencies);
            return new Result(written, latencies.size(), percentile(latencies, 0.50), percentile(latencies, 0.95),
                    latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1));
        } finally {
            InitialSyncBench.deleteQuietly(folder);
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
