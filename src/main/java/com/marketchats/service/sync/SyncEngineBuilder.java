package com.marketchats.service.sync;

import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Configures a {@link SyncEngine}. Required: the budgeted client, the store and the change events of one
 * business; everything else has a default that fits the real API.
 */
public final class SyncEngineBuilder {

    public static final int DEFAULT_HISTORY_JOBS = 3;
    public static final int DEFAULT_HISTORY_CHUNK = 200;

    final BudgetedChatsApi api;
    final ChatStore store;
    final ChangeEvents events;
    PollingPlan plan = PollingPlan.DEFAULT;
    RetryPolicy retry = RetryPolicy.DEFAULT;
    Clock clock = Clock.systemUTC();
    SyncScheduler scheduler;
    Executor workers;
    Executor statusDelivery;
    DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    int historyJobs = DEFAULT_HISTORY_JOBS;
    int historyChunk = DEFAULT_HISTORY_CHUNK;

    SyncEngineBuilder(BudgetedChatsApi api, ChatStore store, ChangeEvents events) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
    }

    public SyncEngineBuilder plan(PollingPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        return this;
    }

    public SyncEngineBuilder retry(RetryPolicy retry) {
        this.retry = Objects.requireNonNull(retry, "retry");
        return this;
    }

    /**
     * The engine's time: when polls fall due, retry times, the status's times. Give the clock that goes
     * with the {@link #scheduler}: tests give both, moved by hand.
     */
    public SyncEngineBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The thread the engine decides on; default: a daemon thread of its own, ended by {@link SyncEngine#stop()}. */
    public SyncEngineBuilder scheduler(SyncScheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return this;
    }

    /**
     * Runs the jobs that call the API and write the store. It must start each task at once rather than
     * queue it (the engine runs at most {@code 2 × historyJobs + 4} at a time: the history jobs, each with
     * one batch being written beside it, the open chat's job with its write, and a chat-list pass with its
     * page writes); tests
     * may run them on the calling thread. Default: daemon threads of the engine's own, interrupted by {@link SyncEngine#stop()}.
     */
    public SyncEngineBuilder workers(Executor workers) {
        this.workers = Objects.requireNonNull(workers, "workers");
        return this;
    }

    /**
     * Where status listeners are called, e.g. the UI executor; default: the engine's thread. Changes
     * made while a delivery waits join it.
     */
    public SyncEngineBuilder statusDelivery(Executor statusDelivery) {
        this.statusDelivery = Objects.requireNonNull(statusDelivery, "statusDelivery");
        return this;
    }

    /** Numbers in [0, 1) for the jitter of retry waits; tests give a fixed one. */
    public SyncEngineBuilder random(DoubleSupplier random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /**
     * History jobs at once (default 3: the API allows 4 requests in flight) and the most chats one job takes
     * (default 200: each job's end waits for its last write and the engine's next pick of chats, a pause
     * that 25 chats a job paid 400 times in a first sync of 10,000 chats, nearly doubling it). A job takes
     * fewer where that keeps it near half a second, on a slow server ({@link HistoryBacklog}).
     */
    public SyncEngineBuilder historyJobs(int jobs, int chatsPerJob) {
        if (jobs < 1 || chatsPerJob < 1) {
            throw new IllegalArgumentException("need at least one job and one chat per job: " + jobs + ", " + chatsPerJob);
        }
        this.historyJobs = jobs;
        this.historyChunk = chatsPerJob;
        return this;
    }

    public SyncEngine build() {
        return new SyncEngine(this);
    }
}
