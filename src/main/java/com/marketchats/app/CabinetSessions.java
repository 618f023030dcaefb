package com.marketchats.app;

import com.marketchats.api.ApiCredentials;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.AccountRef;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The running services of every open cabinet. A real cabinet's store lives in the data folder and its
 * key comes from the vault. The demo cabinet starts the built-in sandbox on loopback and keeps its store
 * in {@code <data folder>/demo}, emptied at each start: the sandbox's chats are made afresh each run, so
 * yesterday's demo store would not match them.
 */
final class CabinetSessions implements CabinetOpener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CabinetSessions.class);
    static final String DEMO_FOLDER = "demo";

    private final Path dataDirectory;
    private final CredentialVault vault;
    private final boolean afterUncleanExit;
    private final Map<String, Session> open = new ConcurrentHashMap<>();

    /**
     * @param afterUncleanExit the app's previous run on this data folder ended without closing its
     *                         cabinets: each cabinet's outbox checks every unsent reply against its chat
     */
    CabinetSessions(Path dataDirectory, CredentialVault vault, boolean afterUncleanExit) {
        this.dataDirectory = dataDirectory;
        this.vault = vault;
        this.afterUncleanExit = afterUncleanExit;
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

    @Override
    public void close() {
        open.keySet().forEach(id -> open.remove(id).close());
    }

    private Session openReal(AccountRef account) {
        String key = vault.read(account.id()).orElseThrow(() ->
                new IllegalStateException("no API key stored for cabinet " + account.businessId()));
        AccountServices services = AccountServices.open(AccountServices.Settings.of(account.baseUrl(),
                account.businessId(), ApiCredentials.apiKey(key), dataDirectory));
        services.start(afterUncleanExit);
        return new Session(services, null);
    }

    private Session openDemo() {
        Path folder = dataDirectory.resolve(DEMO_FOLDER);
        deleteRecursively(folder);
        SandboxServer sandbox = SandboxServer.startDemo();
        AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), folder));
        services.start();
        return new Session(services, sandbox);
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
            throw new UncheckedIOException("cannot empty the demo folder " + folder, e);
        }
    }

    private record Session(AccountServices services, SandboxServer sandbox) {
        void close() {
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
