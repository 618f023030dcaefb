package com.marketchats.app;

import com.marketchats.app.instance.SingleInstance;
import com.marketchats.app.notify.SessionBus;
import com.marketchats.app.notify.SystemNotifications;
import com.marketchats.i18n.I18n;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.accounts.PendingVault;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.KnownSystemTheme;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.service.settings.SystemTheme;
import com.marketchats.store.DataDirectory;
import com.marketchats.viewmodel.account.DefaultQuickReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the window needs that does not need the window, started in the background as soon as the command
 * line is read ({@link Main} does it before the JavaFX toolkit starts). Reading the settings (Jackson's
 * first use costs about half a second of class loading) and opening the cabinet shown first (SQLite's
 * native library, the HTTP client's TLS) then run while the toolkit starts and the window is built, instead
 * of one after the other on the FX thread.
 */
final class AppStartup {

    private static final Logger LOG = LoggerFactory.getLogger(AppStartup.class);
    private static final int BACKGROUND_THREADS = 4;

    private final AppOptions options;
    private final Path dataDirectory;
    private final SettingsStore settingsStore;
    private final boolean firstRun;
    private final ExecutorService background;
    private final CredentialVault vault;
    private final CabinetSessions sessions;
    private final CompletableFuture<AppSettings> settings;
    private final Optional<SingleInstance.Owner> instance;
    private final KnownSystemTheme systemTheme;
    private final SystemNotifications notifications;

    private AppStartup(AppOptions options, Path dataDirectory, Optional<SingleInstance.Owner> instance, SessionBus bus) {
        this.options = options;
        this.dataDirectory = dataDirectory;
        this.instance = instance;
        settingsStore = new SettingsStore(dataDirectory);
        firstRun = !Files.exists(settingsStore.file());
        background = Executors.newFixedThreadPool(BACKGROUND_THREADS, BackgroundThreads.named("ui-work"));
        vault = PendingVault.open(dataDirectory, background);
        sessions = CabinetSessions.forWindow(dataDirectory, vault,
                instance.map(SingleInstance.Owner::previousRunUnclean).orElse(false));
        // A damaged settings file is recovered from its backup, else from the cabinets on disk whose key is kept.
        settings = CompletableFuture.supplyAsync(() -> settingsStore.load(() ->
                DefaultQuickReplies.of(I18n.forLocale(Locale.getDefault())), id -> vault.read(id).isPresent()), background);
        settings.thenAcceptAsync(this::openFirstCabinet, background);
        systemTheme = KnownSystemTheme.start(dataDirectory, SystemTheme::prefersDark, background);
        notifications = SystemNotifications.start(bus, dataDirectory);
    }

    /**
     * Starts reading the settings and, once they are read, opening the cabinet the window shows first;
     * returns at once.
     *
     * @param instance this process's hold on {@code dataDirectory} ({@link Main} took it)
     */
    static AppStartup begin(AppOptions options, Path dataDirectory, SingleInstance.Owner instance) {
        return new AppStartup(options, dataDirectory, Optional.of(instance), SessionBus.fromEnvironment());
    }

    /** As {@link #begin(AppOptions, Path, SingleInstance.Owner)} without holding the data folder: windows built by tests. */
    static AppStartup begin(AppOptions options) {
        return begin(options, SessionBus.fromEnvironment());
    }

    /** As {@link #begin(AppOptions)} with notifications sent to {@code bus}: a test's private D-Bus. */
    static AppStartup begin(AppOptions options, SessionBus bus) {
        return new AppStartup(options, DataDirectory.resolve(options.dataDirectory()), Optional.empty(), bus);
    }

    /** The cabinets the window opens: the connected ones, or the built-in sandbox when there are none or with {@code --demo}. */
    List<AccountRef> cabinetsToOpen(AppSettings loaded) {
        return options.demo() || loaded.accounts().isEmpty() ? List.of(CabinetSessions.demoAccount()) : loaded.accounts();
    }

    /**
     * Opens early the cabinet the window will show (the last one used, else the first). The window's own
     * request for it then finds it open, or waits for this opening to finish. A failure is only logged
     * here: the window's request tries again and tells the seller.
     */
    private void openFirstCabinet(AppSettings loaded) {
        List<AccountRef> cabinets = cabinetsToOpen(loaded);
        AccountRef first = cabinets.stream().filter(account -> account.id().equals(loaded.lastAccountId()))
                .findFirst().orElse(cabinets.get(0));
        try {
            sessions.open(first);
        } catch (RuntimeException e) {
            LOG.debug("Opening cabinet {} early failed; the window will try again", first.businessId(), e);
        }
    }

    AppOptions options() {
        return options;
    }

    CompletableFuture<AppSettings> settings() {
        return settings;
    }

    /** Whether no settings had been saved before this start, nor recovered (the onboarding is shown); once they are read. */
    boolean firstRun() {
        return firstRun && settingsStore.recovery().isEmpty();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    SettingsStore settingsStore() {
        return settingsStore;
    }

    /** The system's look as the last run found it, and the system's answer now once it is in. */
    KnownSystemTheme systemTheme() {
        return systemTheme;
    }

    /** How notifications leave the app: the desktop's daemon over D-Bus, or the app's own cards. */
    SystemNotifications notifications() {
        return notifications;
    }

    ExecutorService background() {
        return background;
    }

    CredentialVault vault() {
        return vault;
    }

    CabinetSessions sessions() {
        return sessions;
    }

    /** The hold on the data folder, when this process took one (not in tests that build windows directly). */
    Optional<SingleInstance.Owner> instance() {
        return instance;
    }
}
