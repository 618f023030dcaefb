package com.marketchats.service.outbox;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.service.budget.BudgetedChatsApi;
import com.marketchats.service.budget.Priority;
import com.marketchats.service.budget.RequestBudget;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.AccountFiles;
import com.marketchats.store.ChatStore;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import com.marketchats.store.StoreOpener;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The outbox wired as the app wires it, against an API at {@code baseUrl} (a sandbox): the real HTTP
 * client behind the request budget, a store in {@code dataDir}, change events on a thread of their own.
 * Used by the sandbox tests, the crash test's child process and the benchmark.
 */
final class RealOutbox implements AutoCloseable {

    final ChatStore store;
    final RequestBudget budget;
    final ChangeEvents events;
    final OutboxSender sender;
    final Outbox outbox;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(OutboxSender.daemonThreads("events"));

    /** @param hour the budget's hour, as short as the sandbox's */
    RealOutbox(String baseUrl, long businessId, String apiKey, Path dataDir, Duration hour, OutboxSettings settings) {
        this.store = new StoreOpener().open(dataDir, businessId).store();
        this.budget = RequestBudget.builder().hour(hour).rateLimitBackoff(Duration.ofMillis(300)).build();
        HttpChatsApi client = HttpChatsApi.builder()
                .baseUrl(baseUrl)
                .businessId(businessId)
                .credentials(ApiCredentials.apiKey(apiKey))
                .requestTimeout(Duration.ofSeconds(10))
                .responseListener(budget.responseListener())
                .build();
        this.events = new ChangeEvents(delivery);
        this.sender = new OutboxSender(store, AccountFiles.of(dataDir, businessId),
                new BudgetedChatsApi(client, budget, Priority.FOREGROUND), events, settings);
        this.outbox = new Outbox(store, events, sender);
    }

    /** Short waits for tests: 50 ms → 500 ms backoff, the given settle delay, a look at the queue every 50 ms. */
    static OutboxSettings fastSettings(Duration settle) {
        return OutboxSettings.defaults()
                .withBackoff(Backoff.of(Duration.ofMillis(50), Duration.ofMillis(500)))
                .withSettleDelay(settle)
                .withRecheckInterval(Duration.ofMillis(50))
                .withStopGrace(Duration.ofMillis(500));
    }

    /** Items of every state but CANCELLED that are not SENT yet. */
    boolean allSent(List<Long> chatIds) {
        return chatIds.stream().flatMap(chat -> store.outbox().unconfirmedForChat(chat).stream())
                .allMatch(item -> item.state() == OutboxState.SENT);
    }

    List<OutboxItem> notSent(List<Long> chatIds) {
        return chatIds.stream().flatMap(chat -> store.outbox().unconfirmedForChat(chat).stream())
                .filter(item -> item.state() != OutboxState.SENT).toList();
    }

    @Override
    public void close() {
        sender.stop();
        delivery.shutdownNow();
        store.close();
    }
}
