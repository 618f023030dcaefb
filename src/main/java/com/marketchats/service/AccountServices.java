package com.marketchats.service;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.service.budget.BudgetBroadcast;
import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.budget.Priority;
import com.marketchats.service.budget.RequestBudget;
import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.service.inbox.AttachmentCache;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.outbox.Outbox;
import com.marketchats.service.outbox.OutboxSender;
import com.marketchats.service.outbox.OutboxSettings;
import com.marketchats.service.sync.PollingPlan;
import com.marketchats.service.sync.SyncEngine;
import com.marketchats.store.AccountFiles;
import com.marketchats.store.ChatStore;
import com.marketchats.store.OpenedStore;
import com.marketchats.store.StoreOpener;
import com.marketchats.store.StoreRecovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Everything the app runs for one cabinet (business), wired in the order DESIGN.md §2 draws it: its
 * store, one request budget, the HTTP client reporting every answer to that budget, the change events
 * (the budget's changes among them, for the status bar's meter), the sync engine and the outbox. The view-models talk to these parts; nothing else builds them.
 */
public final class AccountServices implements AutoCloseable {

    /** The budget meter moves at most this often; a first sync spends many requests a second. */
    private static final Duration BUDGET_METER_INTERVAL = Duration.ofMillis(250);

    private final OpenedStore opened;
    private final RequestBudget budget;
    private final ChangeEvents events;
    private final ExecutorService eventDelivery;
    private final ScheduledExecutorService budgetTimer;
    private final BudgetBroadcast budgetBroadcast;
    private final SyncEngine sync;
    private final OutboxSender sender;
    private final Outbox outbox;
    private final ChatInbox inbox;
    private final LongAdder answers = new LongAdder();

    private AccountServices(Settings settings) {
        AccountFiles files = AccountFiles.of(settings.dataDirectory(), settings.businessId());
        this.opened = new StoreOpener().open(files);
        this.budget = RequestBudget.builder().hour(settings.hour()).build();
        HttpChatsApi http = HttpChatsApi.builder()
                .baseUrl(settings.baseUrl())
                .businessId(settings.businessId())
                .credentials(settings.credentials())
                .responseListener((operation, status, rateLimit) -> {
                    answers.increment();
                    budget.responseListener().onResponse(operation, status, rateLimit);
                })
                .build();
        BudgetedChatsApi api = new BudgetedChatsApi(http, budget, Priority.BACKGROUND);
        this.eventDelivery = Executors.newSingleThreadExecutor(daemon("change-events"));
        this.events = new ChangeEvents(eventDelivery);
        this.budgetTimer = Executors.newSingleThreadScheduledExecutor(daemon("budget-meter"));
        this.budgetBroadcast = new BudgetBroadcast(budget, budgetTimer, BUDGET_METER_INTERVAL,
                () -> events.publish(new ChangeEvent.BudgetChanged()));
        budgetBroadcast.start();
        this.sync = SyncEngine.builder(api, opened.store(), events).plan(settings.polling()).build();
        this.sender = new OutboxSender(opened.store(), files, api, events, settings.outbox());
        this.outbox = new Outbox(opened.store(), events, sender);
        BudgetedChatsApi userApi = new BudgetedChatsApi(http, budget, Priority.FOREGROUND);
        this.inbox = new ChatInbox(opened.store(), outbox, sync, budget, events, userApi,
                new AttachmentCache(files.attachmentCache()), opened.recovery());
    }

    /** Opens the cabinet's store and builds its services; {@link #start()} sets them going. */
    public static AccountServices open(Settings settings) {
        return new AccountServices(settings);
    }

    public void start() {
        start(false);
    }

    /**
     * Starts sending and syncing; {@code afterUncleanExit}: the app's previous run ended without closing
     * this cabinet, so every unsent reply is looked for in its chat's history before it goes.
     */
    public void start(boolean afterUncleanExit) {
        sender.start(afterUncleanExit);
        sync.start();
    }

    /** What the view-models use: reads, sends, sync steering and change events, without the store itself. */
    public ChatInbox inbox() {
        return inbox;
    }

    public ChatStore store() {
        return opened.store();
    }

    /**
     * Set when a database of the cabinet's store was damaged at open: which files were moved aside, where
     * and why, and how many unsent replies and drafts the store kept.
     */
    public Optional<StoreRecovery> storeRecovery() {
        return opened.recovery();
    }

    public RequestBudget budget() {
        return budget;
    }

    public ChangeEvents events() {
        return events;
    }

    /** Answers the API gave this cabinet's client so far, errors included (the headless sync reports them). */
    public long answersReceived() {
        return answers.sum();
    }

    public SyncEngine sync() {
        return sync;
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxSender sender() {
        return sender;
    }

    /** Stops sending and syncing (an upload in flight is reconciled on the next start), then closes the store. */
    @Override
    public void close() {
        sender.stop();
        sync.stop().orTimeout(10, TimeUnit.SECONDS).exceptionally(timeout -> null).join();
        budgetBroadcast.close();
        budgetTimer.shutdownNow();
        eventDelivery.shutdown();
        opened.store().close();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * How to reach one cabinet.
     *
     * @param hour    how long the API's rate-limit hour lasts: an hour, except against a time-scaled sandbox
     * @param polling how often the sync engine polls
     */
    public record Settings(String baseUrl, long businessId, ApiCredentials credentials, Path dataDirectory,
                           Duration hour, OutboxSettings outbox, PollingPlan polling) {

        public static Settings of(String baseUrl, long businessId, ApiCredentials credentials, Path dataDirectory) {
            return new Settings(baseUrl, businessId, credentials, dataDirectory, Duration.ofHours(1),
                    OutboxSettings.defaults(), PollingPlan.DEFAULT);
        }

        public Settings withHour(Duration value) {
            return new Settings(baseUrl, businessId, credentials, dataDirectory, value, outbox, polling);
        }

        public Settings withOutbox(OutboxSettings value) {
            return new Settings(baseUrl, businessId, credentials, dataDirectory, hour, value, polling);
        }

        public Settings withPolling(PollingPlan value) {
            return new Settings(baseUrl, businessId, credentials, dataDirectory, hour, outbox, value);
        }
    }
}
