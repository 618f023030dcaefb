package com.marketchats.service.sync;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.ChatsApi;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.LargeDataset;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark part (a): the first sync of a large cabinet (sandbox limits off), and the same data read in the
 * same run by two plain clients that keep nothing: a sequential one (one request at a time) and one with the
 * engine's concurrency ({@link ConcurrentPlainRead}). Before any of them reads, buyers write words found
 * nowhere else into a few chats ({@link SearchMarkers}); after the sync the store's search must find each.
 */
public final class InitialSyncBench {

    public record Result(int chats, int messages, Duration latency, double engineSeconds, double listSeconds, double engineCpuSeconds,
            long chatsRequests, long historyRequests, long otherRequests, long baselineHeapMb, long peakHeapMb,
            boolean storeMatches, boolean searchFinds, double sequentialSeconds, double sequentialCpuSeconds,
            long sequentialRequests, double concurrentSeconds) {
    }

    private InitialSyncBench() {
    }

    /** @param latency added to every answer, a stand-in for the network (zero: loopback as it is) */
    public static Result run(int chatCount, int messageCount, Duration latency) throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder()
                .dataset(LargeDataset.of(chatCount, messageCount)).limitsEnabled(false)
                .faults(FaultPlan.NONE.withFixedDelay(latency))
                // The sandbox still reports its windows with limits off; a one-second "hour" keeps them open.
                .hourLength(Duration.ofSeconds(1)).build());
        Path folder = Files.createTempDirectory("sync-bench");
        int jobs = Integer.getInteger("bench.jobs", SyncEngineBuilder.DEFAULT_HISTORY_JOBS);
        try (SyncRig rig = new SyncRig(server, folder, null)) {
            SearchMarkers markers = SearchMarkers.plant(server.state(), server.demoBusinessId());
            warmUp(server);
            long sequentialBefore = total(server);
            double sequentialCpu = cpuSeconds();
            double sequential = sequentialRead(server);
            sequentialCpu = cpuSeconds() - sequentialCpu;
            long sequentialRequests = total(server) - sequentialBefore;
            double concurrent = ConcurrentPlainRead.run(plainClient(server), jobs).seconds();

            long baseline = HeapSampler.settledHeap();
            long before = total(server);
            long chatsBefore = server.answers().forOperation(ApiOperation.GET_CHATS);
            long historyBefore = server.answers().forOperation(ApiOperation.GET_CHAT_HISTORY);
            long start;
            long peak;
            double cpu = cpuSeconds();
            AtomicLong listDoneAt = new AtomicLong();
            try (HeapSampler heap = new HeapSampler()) {
                start = System.nanoTime();
                SyncEngine engine = rig.start(builder -> builder.plan(PollingPlan.DEFAULT)
                        .historyJobs(jobs, Integer.getInteger("bench.chunk", SyncEngineBuilder.DEFAULT_HISTORY_CHUNK)));
                engine.subscribe(status -> {
                    if (status.firstSync().stage() != FirstSyncProgress.Stage.LISTING_CHATS) {
                        listDoneAt.compareAndSet(0, System.nanoTime());
                    }
                });
                firstSyncDone(engine).get();
                peak = heap.peakBytes();
            }
            double engineSeconds = (System.nanoTime() - start) / 1e9;
            cpu = cpuSeconds() - cpu;
            long chats = server.answers().forOperation(ApiOperation.GET_CHATS) - chatsBefore;
            long history = server.answers().forOperation(ApiOperation.GET_CHAT_HISTORY) - historyBefore;
            long other = total(server) - before - chats - history;
            rig.engine.stop().get();
            boolean matches = StoreMatchesSandbox.matches(rig.store, server.state(), rig.businessId());
            return new Result(chatCount, messageCount, latency, engineSeconds, (listDoneAt.get() - start) / 1e9, cpu, chats,
                    history, other, baseline >> 20, peak >> 20, matches, markers.allFound(rig.store), sequential,
                    sequentialCpu, sequentialRequests, concurrent);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Completes when the engine's first sync is over. */
    public static CompletableFuture<Void> firstSyncDone(SyncEngine engine) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        engine.subscribe(status -> {
            if (status.firstSync().done()) {
                done.complete(null);
            }
        });
        if (engine.status().firstSync().done()) {
            done.complete(null);
        }
        return done;
    }

    /** Some requests of both kinds, so that no measured run pays for the JIT alone. */
    private static void warmUp(SandboxServer server) {
        ChatsApi client = plainClient(server);
        List<ChatInfo> chats = client.getAllChats(GetChatsRequest.ALL);
        chats.stream().limit(Math.min(500, chats.size() / 10)).forEach(chat -> client.getAllHistory(chat.chatId(), null));
    }

    /** getAllChats, then getAllHistory of each chat, one request at a time; answers the seconds taken. */
    private static double sequentialRead(SandboxServer server) {
        ChatsApi client = plainClient(server);
        long start = System.nanoTime();
        long messages = 0;
        for (ChatInfo chat : client.getAllChats(GetChatsRequest.ALL)) {
            messages += client.getAllHistory(chat.chatId(), null).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("sequential client read %,d messages%n", messages);
        return seconds;
    }

    private static ChatsApi plainClient(SandboxServer server) {
        return HttpChatsApi.builder().baseUrl(server.baseUrl()).businessId(server.demoBusinessId())
                .credentials(ApiCredentials.apiKey(server.demoApiKey())).build();
    }

    /** CPU time of the whole process so far: the sandbox, the client and the engine together. */
    static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    static long total(SandboxServer server) {
        long sum = 0;
        for (ApiOperation operation : ApiOperation.values()) {
            sum += server.answers().forOperation(operation);
        }
        return sum;
    }

    public static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
