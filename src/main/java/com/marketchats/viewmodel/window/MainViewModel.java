package com.marketchats.viewmodel.window;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.SettingsRecovery;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The window as a whole: the cabinets in the switcher (each with its unread badge), the one on screen
 * with its pane view-models, the window title with the unread total, and the settings that reach the
 * panes (quick replies, Enter behaviour, notifications).
 */
public final class MainViewModel {

    private final UiContext ui;
    private final CabinetOpener opener;
    private final SettingsStore settingsStore;
    private final Consumer<DesktopNotification> notifications;
    private final ObservableList<CabinetEntry> cabinets = FXCollections.observableArrayList();
    private final ObjectProperty<CabinetEntry> active = new SimpleObjectProperty<>(this, "active");
    private final ObjectProperty<CabinetViewModels> activeModels = new SimpleObjectProperty<>(this, "activeModels");
    private final ObjectProperty<AppSettings> settings = new SimpleObjectProperty<>(this, "settings");
    private final WindowNotices notices = new WindowNotices();
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final SimpleIntegerProperty activeUnread = new SimpleIntegerProperty(this, "activeUnread");
    private final BooleanProperty notificationsPaused = new SimpleBooleanProperty(this, "notificationsPaused");
    private final StringBinding title;
    private final BooleanBinding demo;
    private boolean windowFocused = true;

    /** @param notifications shows a desktop notification (on the UI executor) */
    public MainViewModel(UiContext ui, CabinetOpener opener, SettingsStore settingsStore, AppSettings initial,
                         Consumer<DesktopNotification> notifications) {
        this.ui = ui;
        this.opener = opener;
        this.settingsStore = settingsStore;
        this.notifications = notifications;
        this.settings.set(Objects.requireNonNull(initial));
        this.demo = Bindings.createBooleanBinding(() -> active.get() != null && active.get().account().demo(), active);
        active.addListener((obs, old, entry) -> {
            activeUnread.unbind();
            if (entry != null) {
                activeUnread.bind(entry.unreadProperty());
            }
        });
        this.title = Bindings.createStringBinding(this::computeTitle, active, activeUnread);
    }

    /** Opens each cabinet in the background, then shows {@code preferred} (or the first). */
    public void open(List<AccountRef> accounts, String preferredId) {
        for (AccountRef account : accounts) {
            ui.run(() -> opener.open(account), inbox -> {
                CabinetEntry entry = added(account, inbox);
                if (active.get() == null || account.id().equals(preferredId)) {
                    switchTo(entry);
                }
            }, failure -> errorText.set(ui.texts().text("window.cabinetFailed", CabinetEntry.nameOf(account, ui.texts()))));
        }
    }

    /** The settings file had to be recovered at start: the seller is told how, in a banner. */
    public void settingsRecovered(SettingsRecovery recovery) {
        notices.add(NoticeTexts.settings(recovery, ui.texts()));
    }

    /**
     * Something failed unexpectedly while the app goes on: a banner says so, with the details to copy and
     * the log folder to open (the same failure on screen already is not shown twice).
     */
    public void problemOccurred(String summary, String details, Path logFolder) {
        notices.add(NoticeTexts.error(summary, details, logFolder, ui.texts()));
    }

    /** A cabinet just opened joins the switcher; what its store had to repair is told in a banner. */
    private CabinetEntry added(AccountRef account, ChatInbox inbox) {
        CabinetEntry entry = new CabinetEntry(account, inbox, ui, notices);
        cabinets.add(entry);
        entry.start();
        inbox.storeRecovery().ifPresent(recovery ->
                notices.add(NoticeTexts.store(recovery, entry.displayName(ui.texts()), ui.texts())));
        return entry;
    }

    /** Shows another cabinet: the panes of the one on screen are disposed (its draft kept), the new one's built. */
    public void switchTo(CabinetEntry entry) {
        if (entry == null || entry == active.get()) {
            return;
        }
        CabinetViewModels old = activeModels.get();
        if (old != null) {
            old.dispose();
        }
        CabinetViewModels models = new CabinetViewModels(entry.inbox(), ui, notifications);
        applyTo(models, settings.get());
        applyCabinetSettings(models, entry);
        models.notifier().pausedProperty().bind(notificationsPaused);
        models.setWindowFocused(windowFocused);
        active.set(entry);
        activeModels.set(models);
        models.start();
        if (!entry.account().demo()) {
            remember(settings.get().withLastAccountId(entry.account().id()));
        }
    }

    /** Opens a chat of the cabinet on screen (a notification was clicked). */
    public void openChat(long chatId) {
        if (activeModels.get() != null) {
            activeModels.get().openChat(chatId);
        }
    }

    /** A cabinet connected in onboarding: opened and shown; the demo leaves the switcher once a real one is there. */
    public void addCabinet(AccountRef account) {
        remember(settings.get().withAccount(account).withLastAccountId(account.id()));
        ui.run(() -> opener.open(account), inbox -> {
            switchTo(added(account, inbox));
            List.copyOf(cabinets).stream().filter(other -> other.account().demo())
                    .forEach(demoEntry -> remove(demoEntry, opener::close));
        }, failure -> errorText.set(ui.texts().text("window.cabinetFailed", CabinetEntry.nameOf(account, ui.texts()))));
    }

    /** Settings saved in the settings dialog: new replies, Enter behaviour and notifications reach the panes; removed cabinets close. */
    public void applySettings(AppSettings saved) {
        settings.set(saved);
        if (activeModels.get() != null) {
            applyTo(activeModels.get(), saved);
            applyCabinetSettings(activeModels.get(), active.get());
        }
        List.copyOf(cabinets).stream()
                .filter(entry -> !entry.account().demo() && saved.account(entry.account().id()).isEmpty())
                .forEach(entry -> remove(entry, opener::close));
    }

    /**
     * A cabinet's key was replaced: it opens again with the new key (history, drafts and outbox kept) and
     * comes back on screen with the same chat open if it was shown.
     */
    public void keyReplaced(String accountId) {
        CabinetEntry entry = cabinets.stream().filter(each -> each.account().id().equals(accountId)).findFirst()
                .orElse(null);
        if (entry == null) {
            return;
        }
        boolean shown = entry == active.get();
        Long openChat = shown && activeModels.get().chatList().selectedProperty().get() != null
                ? activeModels.get().chatList().selectedProperty().get().chatId() : null;
        entry.dispose();
        if (shown) {
            activeModels.get().dispose();
            activeModels.set(null);
            active.set(null);
        }
        ui.run(() -> opener.reopen(entry.account()), inbox -> {
            CabinetEntry fresh = new CabinetEntry(entry.account(), inbox, ui, notices);
            cabinets.set(cabinets.indexOf(entry), fresh);
            fresh.start();
            if (shown) {
                switchTo(fresh);
                if (openChat != null) {
                    openChat(openChat);
                }
            }
        }, failure -> errorText.set(ui.texts().text("window.cabinetFailed", entry.displayName(ui.texts()))));
    }

    /** Removes a cabinet for good: the settings forget it; once closed, its key and local files are deleted. */
    public void removeCabinet(AccountRef account) {
        remember(settings.get().withAccounts(settings.get().accounts().stream()
                .filter(each -> !each.id().equals(account.id())).toList()));
        cabinets.stream().filter(each -> each.account().id().equals(account.id())).findFirst().ifPresentOrElse(
                entry -> remove(entry, opener::forget), () -> ui.background().execute(() -> opener.forget(account)));
    }

    public void setWindowFocused(boolean focused) {
        windowFocused = focused;
        if (activeModels.get() != null) {
            activeModels.get().setWindowFocused(focused);
        }
    }

    /** Keeps the drafts and lets go of every cabinet's listeners (the app closes the services). */
    public void dispose() {
        if (activeModels.get() != null) {
            activeModels.get().dispose();
        }
        cabinets.forEach(CabinetEntry::dispose);
    }

    /** @param closing what happens to the cabinet's services once its panes are gone, in the background */
    private void remove(CabinetEntry entry, Consumer<AccountRef> closing) {
        cabinets.remove(entry);
        entry.dispose();
        if (entry == active.get()) {
            active.set(null);
            CabinetViewModels old = activeModels.get();
            activeModels.set(null);
            if (old != null) {
                old.dispose();
            }
            if (!cabinets.isEmpty()) {
                switchTo(cabinets.get(0));
            }
        }
        ui.background().execute(() -> closing.accept(entry.account()));
    }

    /** Keeps new settings here and saves them in the background. */
    private void remember(AppSettings changed) {
        settings.set(changed);
        settingsStore.saveLater(changed, ui.background());
    }

    /** The cabinet's reply target and quiet hours as saved now; as it was opened if no longer listed. */
    private void applyCabinetSettings(CabinetViewModels models, CabinetEntry entry) {
        AccountRef saved = settings.get().account(entry.account().id()).orElse(entry.account());
        models.chatList().deadlines().setTarget(saved.replyTarget());
        models.notifier().quietHoursProperty().set(saved.quietHours());
    }

    private static void applyTo(CabinetViewModels models, AppSettings settings) {
        models.setQuickReplies(settings.quickReplies());
        models.compose().enterSendsProperty().set(settings.enterSends());
        models.notifier().enabledProperty().set(settings.notifications());
        models.notifier().hideTextProperty().set(settings.notificationOptions().hideText());
        models.notifier().soundProperty().set(settings.notificationOptions().sound());
    }

    private String computeTitle() {
        CabinetEntry entry = active.get();
        if (entry == null) {
            return ui.texts().text("window.title");
        }
        String name = entry.displayName(ui.texts());
        int unread = activeUnread.get();
        return unread > 0 ? ui.texts().text("window.title.unread", unread, name)
                : ui.texts().text("window.title.cabinet", name);
    }

    public ObservableList<CabinetEntry> cabinets() {
        return cabinets;
    }

    public ReadOnlyObjectProperty<CabinetEntry> activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<CabinetViewModels> activeModelsProperty() {
        return activeModels;
    }

    public ReadOnlyObjectProperty<AppSettings> settingsProperty() {
        return settings;
    }

    /** "Market Chats (3) — Shop name": the unread total of the cabinet on screen. */
    public StringBinding titleProperty() {
        return title;
    }

    /** True while the demo cabinet is on screen: the view shows the demo banner. */
    public BooleanBinding demoProperty() {
        return demo;
    }

    /** Banners of what the app recovered (a damaged store or settings file) or what failed, until the seller closes them. */
    public WindowNotices notices() {
        return notices;
    }

    /** True: every cabinet's notifications are held, then summed up (the tray's pause); unread counts go on. */
    public BooleanProperty notificationsPausedProperty() {
        return notificationsPaused;
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText;
    }
}
