package com.marketchats.app;

import com.marketchats.i18n.I18n;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.accounts.PendingVault;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.store.DataDirectory;
import com.marketchats.view.MainWindow;
import com.marketchats.view.window.DesktopNotifications;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.account.DefaultQuickReplies;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The main window and everything behind it: reads the settings, opens the cabinets (the built-in sandbox
 * when none is connected, or with {@code --demo}), and shows the panes. A change of language in the
 * settings rebuilds the window's content in the new language; the cabinets stay open.
 */
final class AppWindow implements AutoCloseable {

    private ExecutorService background;
    private CabinetSessions sessions;
    private MainViewModel main;
    private final Stage stage;
    private final AppOptions options;
    private final Consumer<String> showDocument;
    private SettingsStore settingsStore;
    private CredentialVault vault;
    private Path dataDirectory;
    private UiContext ui;

    /** @param showDocument opens a web address or a local file with the desktop's default program */
    AppWindow(Stage stage, AppOptions options, Consumer<String> showDocument) {
        this.stage = stage;
        this.options = options;
        this.showDocument = showDocument;
    }

    /** Loads the settings, builds the window, shows it and opens the cabinets; on a first run, the welcome screen too. */
    void show() {
        dataDirectory = DataDirectory.resolve(options.dataDirectory());
        settingsStore = new SettingsStore(dataDirectory);
        boolean firstRun = !Files.exists(settingsStore.file());
        AppSettings settings = settingsStore.load(() -> DefaultQuickReplies.of(I18n.forLocale(Locale.getDefault())));
        background = Executors.newFixedThreadPool(4, BackgroundThreads.named("ui-work"));
        vault = PendingVault.open(dataDirectory, background);
        sessions = new CabinetSessions(dataDirectory, vault);

        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(860);
        stage.setMinHeight(540);
        stage.setScene(new Scene(new Region(), 1180, 760));
        options.startupProbe().ifPresent(file -> StartupProbe.install(stage.getScene(), file));
        stage.focusedProperty().addListener((obs, old, focused) -> {
            if (main != null) {
                main.setWindowFocused(focused);
            }
        });
        build(settings);
        stage.show();
        if (firstRun && !options.demo()) {
            settingsStore.save(settings);
            dialogs().showOnboarding();
        }
    }

    /** Builds the window's content for these settings (language, theme) and opens the cabinets. */
    void build(AppSettings settings) {
        if (main != null) {
            main.dispose();
        }
        Locale locale = options.locale().orElseGet(() -> settings.locale(Locale.getDefault()));
        I18n texts = I18n.forLocale(locale);
        Themes.apply(options.theme().orElse(null), settings.theme());
        ui = new UiContext(background, Platform::runLater, texts, Clock.systemDefaultZone());
        DesktopNotifications notifications = new DesktopNotifications(stage, chatId -> main.openChat(chatId));
        main = new MainViewModel(ui, sessions, settingsStore, settings, notifications::show);
        MainWindow window = new MainWindow(main, texts, new AppWindowActions(this, showDocument));
        stage.getScene().setRoot(window.root());
        window.installShortcuts(stage.getScene());
        stage.titleProperty().bind(main.titleProperty());
        main.setWindowFocused(stage.isFocused());
        main.open(cabinetsToOpen(settings), settings.lastAccountId());
    }

    private List<AccountRef> cabinetsToOpen(AppSettings settings) {
        return options.demo() || settings.accounts().isEmpty() ? List.of(CabinetSessions.demoAccount()) : settings.accounts();
    }

    Dialogs dialogs() {
        return new Dialogs(this, ui);
    }

    /** New settings from the settings dialog: a new language rebuilds the window, the rest applies in place. */
    void settingsSaved(AppSettings saved) {
        AppSettings before = main.settingsProperty().get();
        if (!java.util.Objects.equals(before.language(), saved.language()) && options.locale().isEmpty()) {
            build(saved);
            return;
        }
        Themes.apply(options.theme().orElse(null), saved.theme());
        main.applySettings(saved);
    }

    Stage stage() {
        return stage;
    }

    MainViewModel main() {
        return main;
    }

    SettingsStore settingsStore() {
        return settingsStore;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    CredentialVault vault() {
        return vault;
    }

    CabinetSessions sessions() {
        return sessions;
    }

    @Override
    public void close() {
        if (main != null) {
            main.dispose();
        }
        if (sessions != null) {
            sessions.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
