package com.marketchats.bench;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.service.sync.IdlePollingBench;
import com.marketchats.service.sync.InitialSyncBench;
import com.marketchats.store.StoredMessage;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import javafx.collections.ListChangeListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * With simulated buyers writing in real time, how long from a buyer's message (its {@code createdAt} in
 * the sandbox) to its arrival in the store and in the chat list's view-model, with the services wired as
 * the app wires them ({@link AccountServices}: default plan, real-time limits), the user active. The
 * view-model runs on a thread of its own in place of the FX thread. The simulator writes at a fixed pace;
 * pick one that does not divide the 10 s hot poll (13 a minute: every 4.6 s), or every message lands at
 * the same point of the poll cycle.
 */
public final class FreshnessBench {

    /** Seconds from a buyer's message to the store and to the view-model. */
    public record Result(int written, int arrived, double storeP50, double storeP95, double storeMax,
                         double viewP50, double viewP95) {
    }

    private FreshnessBench() {
    }

    public static Result run(Duration length, double buyersPerMinute) throws Exception {
        Path folder = Files.createTempDirectory("fresh-bench");
        ExecutorService background = Executors.newFixedThreadPool(2);
        ExecutorService uiThread = Executors.newSingleThreadExecutor();
        Map<Long, Instant> inStore = new ConcurrentHashMap<>();
        // Per chat: the newest message id the view-model showed, by the time it first showed it.
        Map<Long, ConcurrentSkipListMap<Long, Instant>> inView = new ConcurrentHashMap<>();
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().buyerMessagesPerMinute(buyersPerMinute).build());
             AccountServices services = AccountServices.open(AccountServices.Settings.of(server.baseUrl(),
                     server.demoBusinessId(), ApiCredentials.apiKey(server.demoApiKey()), folder))) {
            services.start();
            services.sync().setUserActive(true);
            InitialSyncBench.firstSyncDone(services.sync()).get();
            UiContext ui = new UiContext(background, uiThread, I18n.forLocale(Locale.ENGLISH), Clock.systemDefaultZone());
            uiThread.submit(() -> {
                ChatListViewModel list = new ChatListViewModel(services.inbox(), ui);
                list.items().addListener((ListChangeListener<ChatListItem>) change -> shown(list.items(), inView));
                list.start();
            }).get();
            Instant from = Instant.now();
            services.events().subscribe(batch -> {
                Instant now = Instant.now();
                for (long chatId : batch.messagesChanged()) {
                    for (StoredMessage message : services.store().messages().page(chatId, null, 20)) {
                        inStore.putIfAbsent(message.messageId(), now);
                    }
                }
            });
            IdlePollingBench.pause(length);
            // Messages of the last 30 s may not have been polled yet: they do not count.
            Instant until = Instant.now().minusSeconds(30);
            List<Double> store = new ArrayList<>();
            List<Double> view = new ArrayList<>();
            int written = 0;
            for (SandboxChat chat : server.state().chats(server.demoBusinessId())) {
                for (SandboxMessage message : server.state().history(chat.chatId())) {
                    if (message.sender() != MessageSender.CUSTOMER || message.createdAt().isBefore(from)
                            || message.createdAt().isAfter(until)) {
                        continue;
                    }
                    written++;
                    add(store, message, inStore.get(message.messageId()));
                    ConcurrentSkipListMap<Long, Instant> shownInChat = inView.get(chat.chatId());
                    var firstShown = shownInChat == null ? null : shownInChat.ceilingEntry(message.messageId());
                    add(view, message, firstShown == null ? null : firstShown.getValue());
                }
            }
            Collections.sort(store);
            Collections.sort(view);
            return new Result(written, store.size(), percentile(store, 0.50), percentile(store, 0.95),
                    store.isEmpty() ? Double.NaN : store.get(store.size() - 1),
                    percentile(view, 0.50), percentile(view, 0.95));
        } finally {
            uiThread.shutdownNow();
            background.shutdownNow();
            uiThread.awaitTermination(5, TimeUnit.SECONDS);
            InitialSyncBench.deleteQuietly(folder);
        }
    }

    /** On the view-model's thread: notes each chat's newest message id when the list first shows it. */
    private static void shown(List<ChatListItem> items, Map<Long, ConcurrentSkipListMap<Long, Instant>> inView) {
        Instant now = Instant.now();
        for (ChatListItem item : items) {
            Long last = item.summary().lastMessageId();
            if (last != null) {
                inView.computeIfAbsent(item.chatId(), id -> new ConcurrentSkipListMap<>()).putIfAbsent(last, now);
            }
        }
    }

    private static void add(List<Double> latencies, SandboxMessage message, Instant arrived) {
        if (arrived != null) {
            latencies.add(Duration.between(message.createdAt(), arrived).toMillis() / 1000.0);
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
