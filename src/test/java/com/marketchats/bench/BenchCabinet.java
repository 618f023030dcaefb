package com.marketchats.bench;

import com.marketchats.api.ApiCredentials;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
import com.marketchats.service.accounts.OwnerOnlyFileVault;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.service.sync.InitialSyncBench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real cabinet for the app's child processes: a sandbox in this JVM with {@link LongChatsDataset} and
 * its limits off (the sandbox stands in for a fast server; the app still keeps its own budget), and data
 * folders that point the app at it as a connected cabinet: its account in {@code settings.json}, its key
 * in the owner-only file vault, and for the warm folder the store already synced.
 */
final class BenchCabinet implements AutoCloseable {

    private static final String ACCOUNT_ID = "bench";

    private final SandboxServer sandbox;
    private final Path root;
    private Path warm;
    private int folders;

    private BenchCabinet(SandboxServer sandbox, Path root) {
        this.sandbox = sandbox;
        this.root = root;
    }

    static BenchCabinet start(Path root) throws IOException {
        SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder().dataset(new LongChatsDataset())
                .limitsEnabled(false).hourLength(Duration.ofSeconds(1)).build());
        return new BenchCabinet(sandbox, Files.createDirectories(root));
    }

    List<Long> longChatIds() {
        return LongChatsDataset.longChatIds(sandbox.state(), sandbox.demoBusinessId());
    }

    int chatCount() {
        return sandbox.state().chats(sandbox.demoBusinessId()).size();
    }

    /** A new empty data folder (the app then opens the demo cabinet). */
    Path emptyFolder() throws IOException {
        return Files.createDirectories(root.resolve("empty-" + ++folders));
    }

    /** A new data folder with the cabinet connected and no store yet: the app's first sync is still to come. */
    Path coldFolder() throws IOException {
        Path folder = Files.createDirectories(root.resolve("cold-" + ++folders));
        connect(folder);
        return folder;
    }

    /** The data folder with the cabinet connected and its store synced (made once, by the app's own services). */
    Path warmFolder() throws Exception {
        if (warm == null) {
            warm = Files.createDirectories(root.resolve("warm"));
            connect(warm);
            try (AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                    sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.demoApiKey()), warm)
                    .withHour(Duration.ofSeconds(1)))) {
                services.start();
                InitialSyncBench.firstSyncDone(services.sync()).get(10, TimeUnit.MINUTES);
            }
        }
        return warm;
    }

    private void connect(Path folder) {
        AccountRef account = new AccountRef(ACCOUNT_ID, "Bench", sandbox.demoBusinessId(), sandbox.baseUrl(), false);
        SettingsStore settings = new SettingsStore(folder);
        settings.save(settings.load(List::of).withLanguage("en").withAccount(account).withLastAccountId(ACCOUNT_ID));
        new OwnerOnlyFileVault(folder).save(ACCOUNT_ID, sandbox.demoApiKey());
    }

    @Override
    public void close() {
        sandbox.close();
        InitialSyncBench.deleteQuietly(root);
    }
}
