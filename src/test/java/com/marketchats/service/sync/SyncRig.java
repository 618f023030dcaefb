package com.marketchats.service.sync;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.budget.Priority;
import com.marketchats.service.budget.RequestBudget;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.StoreOpener;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * The whole chain on loopback: a sandbox, the real HTTP client, the request budget, a store in a test
 * folder, the change events and the engine on its own threads, polling 50 times faster than in the app.
 */
final class SyncRig implements AutoCloseable {

    /** The default plan, 50 times faster: hot poll every 200 ms while active, sweeps every 18 s. */
    static final PollingPlan FAST = PollingPlan.DEFAULT.timeScaled(50);
    static final RetryPolicy QUICK_RETRY = new RetryPolicy(Duration.ofMillis(50), 3, Duration.ofMillis(200),
            Duration.ofSeconds(1), 0.5);

    final SandboxServer server;
    final RequestBudget budget;
    final RecordingChatsApi calls;
    final BudgetedChatsApi api;
    final ChatStore store;
    final ChangeEvents events;
    final EventLog eventLog;
    private final ExecutorService eventThread = Executors.newSingleThreadExecutor();
    SyncEngine engine;

    SyncRig(SandboxConfig.Builder config, Path folder) {
        this(SandboxServer.start(config.build()), folder, null);
    }

    /** @param apiKey the key the client sends; null for the sandbox's demo key */
    SyncRig(SandboxServer server, Path folder, String apiKey) {
        this.server = server;
        budget = RequestBudget.builder().hour(server.config().hourLength())
                .rateLimitBackoff(Duration.ofMillis(300)).recheckInterval(Duration.ofMillis(50)).build();
        calls = new RecordingChatsApi(client(server, budget, apiKey == null ? server.demoApiKey() : apiKey));
        api = new BudgetedChatsApi(calls, budget, Priority.BACKGROUND);
        store = new StoreOpener().open(folder, server.demoBusinessId()).store();
        events = new ChangeEvents(eventThread);
        eventLog = new EventLog(events);
    }

    static HttpChatsApi client(SandboxServer server, RequestBudget budget, String apiKey) {
        return HttpChatsApi.builder()
                .baseUrl(server.baseUrl())
                .businessId(server.demoBusinessId())
                .credentials(ApiCredentials.apiKey(apiKey))
                .responseListener(budget.responseListener())
                .requestTimeout(Duration.ofSeconds(5))
                .build();
    }

    long businessId() {
        return server.demoBusinessId();
    }

    /** Builds the engine with the fast plan and quick retries (changed by {@code tweak}) and starts it. */
    SyncEngine start(UnaryOperator<SyncEngineBuilder> tweak) {
        engine = tweak.apply(SyncEngine.builder(api, store, events).plan(FAST).retry(QUICK_RETRY)).build();
        engine.start();
        return engine;
    }

    SyncEngine start() {
        return start(builder -> builder);
    }

    @Override
    public void close() {
        try {
            if (engine != null) {
                engine.stop().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the engine stopped", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the engine did not stop", e);
        } finally {
            store.close();
            server.close();
            eventThread.shutdownNow();
        }
    }
}
