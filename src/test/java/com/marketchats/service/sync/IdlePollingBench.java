package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;
import com.marketchats.sandbox.Dataset;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Benchmark part (b): requests per (scaled) hour of polling after the first sync, with the sandbox's
 * limits on and every hour shortened {@code scale} times (the plan and the budget alike), idle and active,
 * with one chat open and no buyer writing.
 */
public final class IdlePollingBench {

    public static final List<ApiOperation> READS =
            List.of(ApiOperation.GET_CHATS, ApiOperation.GET_CHAT_HISTORY, ApiOperation.GET_CHAT);

    /** Requests per scaled hour of each read operation. */
    public record Row(String scenario, boolean active, double hours, Map<ApiOperation, Double> perHour) {

        public double share(ApiOperation operation) {
            return perHour.get(operation) / operation.hourlyLimit();
        }
    }

    private IdlePollingBench() {
    }

    static List<Row> run(String scenario, Dataset dataset, double scale, double hours) throws Exception {
        return run(scenario, dataset, scale, hours, new boolean[] {false, true});
    }

    /** @param modes whether the user is active, one row for each, in this order */
    public static List<Row> run(String scenario, Dataset dataset, double scale, double hours, boolean[] modes)
            throws Exception {
        Duration hour = Duration.ofNanos((long) (Duration.ofHours(1).toNanos() / scale));
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().dataset(dataset).hourLength(hour).build());
        Path folder = Files.createTempDirectory("sync-bench");
        List<Row> rows = new ArrayList<>();
        try (SyncRig rig = new SyncRig(server, folder, null)) {
            SyncEngine engine = rig.start(builder -> builder.plan(PollingPlan.DEFAULT.timeScaled(scale)));
            InitialSyncBench.firstSyncDone(engine).get();
            engine.setOpenChat(server.state().chats(server.demoBusinessId()).get(0).chatId());
            for (boolean active : modes) {
                engine.setUserActive(active);
                pause(hour.dividedBy(4));
                Map<ApiOperation, Long> before = counts(server);
                pause(Duration.ofNanos((long) (hour.toNanos() * hours)));
                Map<ApiOperation, Double> perHour = new EnumMap<>(ApiOperation.class);
                counts(server).forEach((operation, count) -> perHour.put(operation, (count - before.get(operation)) / hours));
                rows.add(new Row(scenario, active, hours, perHour));
            }
        } finally {
            InitialSyncBench.deleteQuietly(folder);
        }
        return rows;
    }

    private static Map<ApiOperation, Long> counts(SandboxServer server) {
        Map<ApiOperation, Long> counts = new EnumMap<>(ApiOperation.class);
        READS.forEach(operation -> counts.put(operation, server.answers().forOperation(operation)));
        return counts;
    }

    /** Lets {@code length} of wall time pass. */
    public static void pause(Duration length) {
        await().pollDelay(length).atMost(length.plusSeconds(5)).until(() -> true);
    }
}
