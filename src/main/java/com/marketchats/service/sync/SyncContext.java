package com.marketchats.service.sync;

import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;

/**
 * What the engine works with, as the builder made it.
 *
 * @param workers      runs the jobs that call the API and write the store; must start each task at once
 *                     (no queue), as the engine never runs more than {@code historyJobs + 2} at a time
 * @param random       in [0, 1), for the jitter of retry waits
 * @param historyJobs  history jobs at most at once
 * @param historyChunk chats per history job
 */
record SyncContext(BudgetedChatsApi api, ChatStore store, ChangeEvents events, PollingPlan plan, RetryPolicy retry,
        Clock clock, SyncScheduler scheduler, Executor workers, DoubleSupplier random, int historyJobs,
        int historyChunk) {
}
