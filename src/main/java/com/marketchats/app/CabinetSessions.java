package com.marketchats.app;

import com.marketchats.api.ApiCredentials;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.outbox.FailureCode;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.store.AccountFiles;
import com.marketchats.store.CabinetContents;
import com.marketchats.store.StoreOpener;
import com.marketchats.viewmodel.window.CabinetOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The running services of every open cabinet. A real cabinet's store lives in the data folder and its
 * key comes from the vault. The demo cabinet starts the built-in sandbox on loopback and keeps its store
 * in {@code <data folder>/demo}, emptied at each start: the sandbox's chats are made afresh each run, so
 * yesterday's demo store would not match them. A real cabinet's sending and syncing start once the window
 * has first painted chats ({@link #forWindow}, {@link #windowPainted()}): on two cores its first sync's threads would otherwise
 * slow that first frame by half a second (README, Performance). The demo cabinet starts at once: its
 * store starts empty, so its first chats come from its sync.
 */
final class CabinetSessions implements CabinetOpener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CabinetSessions.class);
    static final String DEMO_FOLDER = "demo";
    /** The outbox's codes for a reply the API refused because of the key. */
    private static final Set<String> REFUSED_KEY = Set.of(FailureCode.UNAUTHORIZED.name(), FailureCode.FORBIDDEN.name());

    private final Path dataDirectory;
    private final CredentialVault vault;
    private final boolean afterUncleanExit;
    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> painted;

    /**
     * @param afterUncleanExit the app's previous run on this data folder ended without closing its
     *                         cabinets: each cabinet's outbox checks every unsent reply against its chat
     */
    CabinetSessions(Path dataDirectory, CredentialVault vault, boolean afterUncleanExit) {
        this(dataDirectory, vault, afterUncleanExit, CompletableFuture.completedFuture(null));
    }

    private CabinetSessions(Path dataDirectory, CredentialVault vault, boolean afterUncleanExit,
                            CompletableFuture<Void> painted) {
        this.dataDirectory = dataDirectory;
        this.vault = vault;
        this.afterUncleanExit = afterUncleanExit;
        this.painted = painted;
    }

    /**
     * As the constructor, for a window: real cabinets start sending and syncing only once it calls
     * {@link #windowPainted()}. Without a window (tests of the view-models) they start when opened.
     */
    static CabinetSessions forWindow(Path dataDirectory, CredentialVault vault, boolean afterUncleanExit) {
        return new CabinetSessions(dataDirectory, vault, afterUncleanExit, new CompletableFuture<>());
    }

    /**
     * The window has painted its first chats, or will not soon: the real cabinets opened so far start sending
     * and syncing (in the background), and those opened from now on start at once. Until then they only read.
     */
    void windowPainted() {
        painted.completeAsync(() -> null);
    }

    /** The account the demo cabinet goes by in the switcher; its business id is the sandbox's. */
    static AccountRef demoAccount() {
        return new AccountRef("demo", "", SandboxConfig.DEFAULT_BUSINESS_ID, "http://127.0.0.1", true);
    }

    @Override
    public ChatInbox open(AccountRef account) {
        Session session = open.computeIfAbsent(account.id(), id -> account.demo() ? openDemo() : openReal(account));
        return session.services().inbox();
    }

    /** The running sandbox of the demo cabinet, while it is open (the self-check and tests drive it). */
    Optional<SandboxServer> demoSandbox() {
        return open.values().stream().map(Session::sandbox).filter(Objects::nonNull).findFirst();
    }

    @Override
    public void close(AccountRef account) {
        Session session = open.remove(account.id());
        if (session != null) {
            session.close();
        }
    }

    /**
     * The cabinet's key in the vault was replaced: its services start again with the new key, and the
     * replies the old key had refused (401, 403) are queued again; its history, drafts and outbox stay.
     */
    @Override
    public ChatInbox reopen(AccountRef account) {
        close(account);
        ChatInbox inbox = open(account);
        inbox.failedOutboxItems().stream()
                .filter(item -> REFUSED_KEY.contains(item.lastErrorKind()))
                .forEach(item -> inbox.retry(item.id()));
        return inbox;
    }

    /** Closes the cabinet, then deletes its key and its folder of chats, drafts, outbox and files. */
    @Override
    public void forget(AccountRef account) {
        close(account);
        if (account.demo()) {
            return;
        }
        vault.delete(account.id());
        deleteRecursively(AccountFiles.of(dataDirectory, account.businessId()).folder());
        LOG.info("Cabinet {} removed with its key and local files", account.businessId());
    }

    /** What removing the cabinet would delete, counted in its open store (or opened for this). */
    CabinetContents contents(AccountRef account) {
        Session session = open.get(account.id());
        if (session != null) {
            return CabinetContents.of(session.services().store());
        }
        try (var store = new StoreOpener().open(dataDirectory, account.businessId()).store()) {
            return CabinetContents.of(store);
        }
    }

    @Override
    public void close() {
        open.keySet().forEach(id -> open.remove(id).close());
    }

    private Session openReal(AccountRef account) {
        String key = vault.read(account.id()).orElseThrow(() ->
                new IllegalStateException("no API key stored for cabinet " + account.businessId()));
        AccountServices services = AccountServices.open(AccountServices.Settings.of(account.baseUrl(),
                account.businessId(), ApiCredentials.apiKey(key), dataDirectory));
        Session session = new Session(services, null);
        painted.thenRun(() -> session.start(afterUncleanExit));
        return session;
    }

    private Session openDemo() {
        Path folder = dataDirectory.resolve(DEMO_FOLDER);
        deleteRecursively(folder);
        SandboxServer sandbox = SandboxServer.startDemo();
        AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), folder));
        Session session = new Session(services, sandbox);
        session.start(false);
        return session;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the folder " + folder, e);
        }
    }

    /** A cabinet's services, started at most once and never after they were closed. */
    private static final class Session {
        private final AccountServices services;
        private final SandboxServer sandbox;
        private boolean closed;

        Session(AccountServices services, SandboxServer sandbox) {
            this.services = services;
            this.sandbox = sandbox;
        }

        AccountServices services() {
            return services;
        }

        SandboxServer sandbox() {
            return sandbox;
        }

        synchronized void start(boolean afterUncleanExit) {
            if (!closed) {
                services.start(afterUncleanExit);
            }
        }

        synchronized void close() {
            closed = true;
            try {
                services.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing a cabinet failed", e);
            }
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
