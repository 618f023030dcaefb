package com.marketchats.testing;

import com.marketchats.api.ApiCredentials;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.service.AccountServices;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.viewmodel.UiContext;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The demo cabinet as the app opens it: the sandbox on loopback and a cabinet's services in a temporary
 * data folder, first sync done. View-model tests run on it with a direct UI executor.
 */
public final class DemoCabinet implements AutoCloseable {

    /** Runs UI work at once on the calling thread: a view-model test needs no toolkit. */
    public static final Executor DIRECT = Runnable::run;

    private final SandboxServer sandbox;
    private final AccountServices services;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final Set<Long> handedOut = new HashSet<>();

    private DemoCabinet(SandboxServer sandbox, AccountServices services) {
        this.sandbox = sandbox;
        this.services = services;
    }

    /** Starts the demo sandbox and a synced cabinet in {@code dataDirectory}. */
    public static DemoCabinet open(Path dataDirectory) {
        return open(SandboxConfig.builder().build(), dataDirectory);
    }

    public static DemoCabinet open(SandboxConfig config, Path dataDirectory) {
        SandboxServer sandbox = SandboxServer.start(config);
        AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), dataDirectory));
        services.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> services.sync().status().firstSync().done());
        return new DemoCabinet(sandbox, services);
    }

    public SandboxServer sandbox() {
        return sandbox;
    }

    public AccountServices services() {
        return services;
    }

    public ChatInbox inbox() {
        return services.inbox();
    }

    /**
     * Background and UI work both run at once on the calling thread, so a view-model command has finished
     * when it returns; changes the services announce still arrive on their event thread (await them).
     */
    public static UiContext synchronousUi(Locale locale, Clock clock) {
        return new UiContext(DIRECT, DIRECT, I18n.forLocale(locale), clock);
    }

    /**
     * A demo chat no earlier caller on this cabinet was given, whose sandbox history matches: tests that
     * share a cabinet each write to a chat of their own.
     */
    public synchronized SandboxChat unusedChat(Predicate<SandboxChat> chat, Predicate<List<SandboxMessage>> history) {
        SandboxState state = sandbox.state();
        SandboxChat found = state.chats(sandbox.demoBusinessId()).stream()
                .filter(candidate -> !handedOut.contains(candidate.chatId()))
                .filter(chat)
                .filter(candidate -> history.test(state.history(candidate.chatId())))
                .findFirst().orElseThrow();
        handedOut.add(found.chatId());
        return found;
    }

    /** What a view test gives its view-model: background work on the cabinet's own threads, results on the FX thread. */
    public UiContext fxUi(Locale locale) {
        return new UiContext(background, Platform::runLater, I18n.forLocale(locale), Clock.systemDefaultZone());
    }

    @Override
    public void close() {
        background.shutdownNow();
        services.close();
        sandbox.close();
    }
}
