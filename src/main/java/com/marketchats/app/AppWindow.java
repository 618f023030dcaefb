package com.marketchats.app;

import com.marketchats.app.instance.SingleInstance;
import com.marketchats.i18n.I18n;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.service.settings.WindowLayout;
import com.marketchats.service.settings.WindowLayoutFile;
import com.marketchats.view.FocusRings;
import com.marketchats.view.MainWindow;
import com.marketchats.view.window.DesktopNotifications;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.window.MainViewModel;
import com.marketchats.viewmodel.window.NotificationMechanism;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The main window and everything behind it: reads the settings, opens the cabinets (the built-in sandbox
 * when none is connected, or with {@code --demo}), and shows the panes. A change of language in the
 * settings rebuilds the window's content in the new language; the cabinets stay open and what the seller
 * had on screen comes back ({@link ScreenCarryOver}). The window's layout is remembered by {@link WindowMemory}.
 */
final class AppWindow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);
    /** How long the cabinets' syncing waits for the first painted chats (counted from the window's start). */
    private static final Duration SYNC_WAITS_AT_MOST = Duration.ofSeconds(2);

    private MainViewModel main;
    private MainWindow view;
    private WindowMemory memory;
    private final Stage stage;
    private final AppStartup startup;
    private final AppOptions options;
    private final DesktopOpener desktop;
    private final WindowLayoutFile layoutFile;
    private AppWindowActions actions;
    private UiContext ui;
    private Themes themes;
    private boolean closed;
    private Runnable removeCrashListener = () -> { };
    private TrayPresence tray;
    private Runnable quit = Platform::exit;

    /** @param desktop opens a web address or a local file with the desktop's default program */
    AppWindow(Stage stage, AppOptions options, DesktopOpener desktop) {
        this(stage, AppStartup.begin(options), desktop);
    }

    /** @param startup the settings and cabinets {@link Main} started loading before the toolkit */
    AppWindow(Stage stage, AppStartup startup, DesktopOpener desktop) {
        this.stage = stage;
        this.startup = startup;
        this.options = startup.options();
        this.desktop = desktop;
        this.layoutFile = new WindowLayoutFile(startup.dataDirectory());
    }

    /**
     * Prepares the stage, then builds and shows the window once the settings are read (in the background,
     * so the FX thread never waits on the disk); on a first run, the welcome screen too.
     */
    void show() {
        stage.getIcons().setAll(AppIcons.all());
        FocusRings.everywhere();
        stage.setScene(new Scene(new Region()));
        CompletableFuture<Void> firstList = FirstListPaint.in(stage.getScene());
        options.startupProbe().ifPresent(file -> StartupProbe.install(firstList, file));
        // A cabinet with no chats yet paints none: its sync then starts when this wait is over.
        firstList.copy().completeOnTimeout(null, SYNC_WAITS_AT_MOST.toMillis(), TimeUnit.MILLISECONDS)
                .thenRun(startup.sessions()::windowPainted);
        themes = new Themes(startup.systemTheme(), Application::setUserAgentStylesheet, Platform::runLater);
        // A window hidden in the tray or minimised may keep the toolkit's focus flag: it is not in front all the same.
        InvalidationListener inFront = observable -> {
            if (main != null) {
                main.setWindowFocused(inFront());
            }
        };
        stage.focusedProperty().addListener(inFront);
        stage.showingProperty().addListener(inFront);
        stage.iconifiedProperty().addListener(inFront);
        CompletableFuture<WindowLayout> layout = CompletableFuture.supplyAsync(layoutFile::load, startup.background());
        startup.settings().thenCombine(layout, (settings, saved) -> (Runnable) () -> showWith(settings, saved))
                .whenComplete((showing, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        throw new IllegalStateException("the settings could not be read", failure);
                    }
                    if (!closed) {
                        showing.run();
                    }
                }));
    }

    /** Places the stage where the seller left it before its first paint, so that nothing jumps. */
    private void showWith(AppSettings settings, WindowLayout layout) {
        memory = new WindowMemory(stage, layout, new LayoutSaver(layoutFile));
        memory.placeStage();
        ShownSizeGuard.install(stage);
        build(settings, settings.lastAccountId());
        memory.reopenLastChat(main);
        if (options.startMinimized() && settings.desktop().startMinimized()) {
            tray.startHidden(stage, () -> closed);
        } else {
            stage.show();
        }
        startup.instance().ifPresent(owner -> owner.activations().setHandler(args -> Platform.runLater(() -> {
            LOG.info("Another start on this data folder asked for the window; bringing it to the front");
            bringToFront();
        })));
        startup.notifications().onOpen(chatId -> Platform.runLater(() -> openFromNotification(chatId)));
        removeCrashListener = CrashReporter.install().addListener(crash -> Platform.runLater(() -> {
            if (main != null) {
                main.problemOccurred(crash.summary(), crash.details(), LogFiles.folder(startup.dataDirectory()));
            }
        }));
        if (startup.firstRun() && !options.demo()) {
            startup.settingsStore().save(settings);
            dialogs().showOnboarding();
        }
    }

    /** Builds the window's content for these settings (language, theme) and opens the cabinets, showing {@code cabinetId}'s. */
    private void build(AppSettings settings, String cabinetId) {
        if (main != null) {
            main.dispose();
            view.listShareProperty().unbindBidirectional(memory.listShareProperty());
        }
        Locale locale = options.locale().orElseGet(() -> settings.locale(Locale.getDefault()));
        I18n texts = I18n.forLocale(locale);
        themes.apply(options.theme().orElse(null), settings.theme());
        ui = new UiContext(startup.background(), Platform::runLater, texts, Clock.systemDefaultZone());
        DesktopNotifications cards = new DesktopNotifications(stage, chatId -> main.openChat(chatId));
        String openLabel = texts.text("notification.open");
        main = new MainViewModel(ui, startup.sessions(), startup.settingsStore(), settings,
                notification -> startup.notifications().show(notification, cards::show, openLabel));
        actions = new AppWindowActions(this, desktop, ui);
        view = new MainWindow(main, texts, actions);
        view.listShareProperty().bindBidirectional(memory.listShareProperty());
        memory.follow(main);
        followInTray(texts);
        stage.getScene().setRoot(view.root());
        view.installShortcuts(stage.getScene());
        stage.titleProperty().bind(main.titleProperty());
        main.setWindowFocused(inFront());
        startup.settingsStore().recovery().ifPresent(main::settingsRecovered);
        main.open(startup.cabinetsToOpen(settings), cabinetId);
    }

    /** Whether the seller has the window in front: shown, not minimised, focused. */
    private boolean inFront() {
        return stage.isShowing() && !stage.isIconified() && stage.isFocused();
    }

    /** The tray icon (where the desktop has a tray) and the close button's choice, set up once; then follows {@code main}. */
    private void followInTray(I18n texts) {
        if (tray == null) {
            DesktopChoices choices = new DesktopChoices(startup.settingsStore(), startup.background());
            tray = new TrayPresence(texts, ui.clock(), choices, this::bringToFront, this::openFromNotification,
                    () -> quit.run());
            startup.notifications().useTray(tray.tray());
            new WindowCloser(stage, tray, () -> main, () -> ui.texts(), () -> quit.run(), choices).install();
        }
        tray.follow(main, texts);
    }

    /** What quitting does; the app's is {@link Platform#exit()}, a test's only records it. */
    void setQuit(Runnable newQuit) {
        quit = newQuit;
    }

    /** Whether the app's icon is in the tray now, for Settings. */
    boolean trayPresent() {
        return tray != null && tray.present();
    }

    /** The tray icon's owner, for tests. */
    TrayPresence tray() {
        return tray;
    }

    /** Another start on this data folder, the tray or a notification asked for the window: shown, raised, focused. */
    private void bringToFront() {
        if (closed) {
            return;
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** A click on a system notification: the window comes forward with that chat open. */
    private void openFromNotification(long chatId) {
        if (closed || main == null) {
            return;
        }
        bringToFront();
        main.openChat(chatId);
    }

    /** Opens a folder (the log folder, where a damaged file was put) in the desktop's file manager. */
    void openFolder(Path folder) {
        actions.openFolder(folder);
    }

    Dialogs dialogs() {
        return new Dialogs(this, ui);
    }

    /** New settings from the settings dialog: a new language rebuilds the window, the rest applies in place. */
    void settingsSaved(AppSettings saved) {
        AppSettings before = main.settingsProperty().get();
        if (!java.util.Objects.equals(before.language(), saved.language()) && options.locale().isEmpty()) {
            ScreenCarryOver shown = ScreenCarryOver.of(main, view);
            build(saved, shown.cabinetId() != null ? shown.cabinetId() : saved.lastAccountId());
            shown.restoreInto(main, view);
            return;
        }
        themes.apply(options.theme().orElse(null), saved.theme());
        main.applySettings(saved);
    }

    Stage stage() {
        return stage;
    }

    MainViewModel main() {
        return main;
    }

    SettingsStore settingsStore() {
        return startup.settingsStore();
    }

    Path dataDirectory() {
        return startup.dataDirectory();
    }

    CredentialVault vault() {
        return startup.vault();
    }

    CabinetSessions sessions() {
        return startup.sessions();
    }

    /** How notifications are shown now, for Settings. */
    NotificationMechanism notificationMechanism() {
        return startup.notifications().mechanism();
    }

    @Override
    public void close() {
        closed = true;
        removeCrashListener.run();
        if (memory != null) {
            memory.close();
        }
        if (main != null) {
            main.dispose();
        }
        if (tray != null) {
            tray.close();
        }
        startup.notifications().close();
        startup.sessions().close();
        startup.background().shutdownNow();
        startup.instance().ifPresent(AppWindow::releaseCleanly);
    }

    /** Only once every cabinet is closed: the next start then trusts each outbox's record of what went out. */
    private static void releaseCleanly(SingleInstance.Owner owner) {
        try {
            owner.close();
        } catch (IOException e) {
            LOG.warn("Could not record a clean exit in the data folder; the next start checks unsent replies again: {}",
                    e.toString());
        }
    }
}
