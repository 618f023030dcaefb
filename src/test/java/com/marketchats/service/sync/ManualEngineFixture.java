package com.marketchats.service.sync;

import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.budget.Priority;
import com.marketchats.service.budget.RequestBudget;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.StoreOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine on time the test moves: a {@link ManualScheduler} and its clock, jobs run on the calling
 * thread, no jitter, an in-memory API behind a real request budget, and a real store in a test folder.
 * Nothing waits: each {@link #advance} runs what falls due.
 */
abstract class ManualEngineFixture {

    @TempDir
    Path folder;
    protected final ManualScheduler time = new ManualScheduler();
    protected final FakeChatsApi api = new FakeChatsApi();
    protected RequestBudget budget;
    protected ChatStore store;
    protected ChangeEvents events;
    protected EventLog eventLog;
    protected SyncEngine engine;
    protected final List<SyncStatus> statuses = new ArrayList<>();

    @BeforeEach
    void openStore() {
        budget = RequestBudget.builder().clock(time.clock()).build();
        store = new StoreOpener(time.clock()).open(folder, api.businessId()).store();
        events = new ChangeEvents(Runnable::run);
        eventLog = new EventLog(events);
    }

    @AfterEach
    void closeStore() {
        if (engine != null) {
            engine.stop();
            time.runDue();
        }
        store.close();
    }

    /** Builds and starts the engine with {@code plan}, and runs what is due at once (the first sync). */
    protected SyncEngine start(PollingPlan plan) {
        engine = SyncEngine.builder(new BudgetedChatsApi(api, budget, Priority.BACKGROUND), store, events)
                .plan(plan).clock(time.clock()).scheduler(time).workers(Runnable::run)
                .statusDelivery(Runnable::run).random(() -> 0).build();
        engine.subscribe(statuses::add);
        engine.start();
        time.runDue();
        return engine;
    }

    protected SyncEngine start() {
        return start(PollingPlan.DEFAULT);
    }

    protected void advance(Duration duration) {
        time.advance(duration);
    }
}
