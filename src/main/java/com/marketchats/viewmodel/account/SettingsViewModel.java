package com.marketchats.viewmodel.account;

import com.marketchats.service.autostart.Autostart;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.DesktopOptions;
import com.marketchats.service.settings.NotificationOptions;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.UiContext;
import com.marketchats.viewmodel.window.NotificationMechanism;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Settings window: editable copies of the saved settings that reach the disk only on
 * {@link #save}. Cabinets are added, given a new key and removed by the app at once (those are not
 * edits to undo); the list follows the app's cabinets, and a rename waits for the save like other edits.
 * Starting with the system is read from and written to the system's own entry ({@link AutostartChoice}).
 */
public final class SettingsViewModel {

    private final SettingsStore store;
    private final UiContext ui;

    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(this, "language",
            LanguageChoice.SYSTEM);
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.SYSTEM);
    private final BooleanProperty enterSends = new SimpleBooleanProperty(this, "enterSends", true);
    private final BooleanProperty notifications = new SimpleBooleanProperty(this, "notifications", true);
    private final BooleanProperty hideText = new SimpleBooleanProperty(this, "hideText", false);
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound", true);
    private final ObjectProperty<NotificationMechanism> mechanism = new SimpleObjectProperty<>(this, "mechanism",
            NotificationMechanism.IN_APP);
    private final BooleanProperty startMinimized = new SimpleBooleanProperty(this, "startMinimized", false);
    private final ObjectProperty<CloseChoice> onClose = new SimpleObjectProperty<>(this, "onClose", CloseChoice.ASK);
    private final BooleanProperty trayPresent = new SimpleBooleanProperty(this, "trayPresent", false);
    private final AutostartChoice autostart;
    private final QuickRepliesEditor replies;
    private final AccountsEditor accounts;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", false);
    private AppSettings original;
    private Consumer<AppSettings> onSaved = settings -> { };

    /**
     * Starts reading the saved settings and the system's autostart entry; {@link #loadedProperty()} turns
     * true when the settings are in.
     */
    public SettingsViewModel(SettingsStore store, UiContext ui, Autostart autostart) {
        this.store = Objects.requireNonNull(store, "store");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.autostart = new AutostartChoice(autostart);
        this.replies = new QuickRepliesEditor(ui.texts());
        this.accounts = new AccountsEditor(ui.texts());
        for (Observable edited : new Observable[] {language, theme, enterSends, notifications, hideText, sound,
                startMinimized, onClose, this.autostart.selectedProperty(), replies.items(), accounts.rows(),
                accounts.targetEditsProperty()}) {
            edited.addListener(change -> updateDirty());
        }
        ui.run(() -> store.load(() -> DefaultQuickReplies.of(ui.texts())), this::apply,
                failure -> errorText.set(ui.texts().text("settings.loadFailed")));
        ui.run(this.autostart::read, this.autostart::inEffect,
                failure -> errorText.set(ui.texts().text("settings.autostart.readFailed", reason(failure))));
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** True: Enter sends and Shift+Enter starts a new line; false: the other way round. */
    public BooleanProperty enterSendsProperty() {
        return enterSends;
    }

    public BooleanProperty notificationsProperty() {
        return notifications;
    }

    public BooleanProperty hideTextProperty() {
        return hideText;
    }

    public BooleanProperty soundProperty() {
        return sound;
    }

    /** True: a start with the system opens the app out of the way (in the tray) instead of in front. */
    public BooleanProperty startMinimizedProperty() {
        return startMinimized;
    }

    /** What closing the window does where there is a tray: ask, keep running there, or quit. */
    public ObjectProperty<CloseChoice> onCloseProperty() {
        return onClose;
    }

    /** Whether the app's icon is in a tray now; without one, closing the window always quits. The app sets it. */
    public BooleanProperty trayPresentProperty() {
        return trayPresent;
    }

    public AutostartChoice autostart() {
        return autostart;
    }

    /** How notifications reach the seller on this desktop; the app sets it, Settings shows it. */
    public ObjectProperty<NotificationMechanism> mechanismProperty() {
        return mechanism;
    }

    public QuickRepliesEditor replies() {
        return replies;
    }

    public AccountsEditor accounts() {
        return accounts;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when something differs from what is saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True while saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why loading or saving failed; empty otherwise. */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** True once a save has succeeded (a window may close then); false again after the next edit. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /**
     * Follows the app's cabinets while the window is open: one added or removed there shows here at once,
     * and a later save neither brings a removed one back nor drops an added one; renames not saved stay.
     * The desktop options other than start minimised (a pause from the tray, what closing does) are
     * followed the same way, so that a save here does not put back what they were when Settings opened.
     */
    public void followCabinets(ObservableValue<AppSettings> live) {
        live.addListener((observable, before, now) -> {
            cabinetsChanged(now.accounts());
            desktopChanged(now.desktop());
        });
    }

    private void desktopChanged(DesktopOptions now) {
        if (original != null) {
            // What closing does follows the app too (the close question answered meanwhile) unless edited here.
            boolean closeEdited = onClose.get().action() != original.desktop().onClose();
            original = original.withDesktop(now.withStartMinimized(original.desktop().startMinimized()));
            if (!closeEdited) {
                onClose.set(CloseChoice.of(now.onClose()));
            }
            updateDirty();
        }
    }

    private void cabinetsChanged(List<AccountRef> now) {
        if (original == null || original.accounts().equals(now)) {
            return;
        }
        original = original.withAccounts(now);
        accounts.follow(now);
        updateDirty();
    }

    /** Who learns of saved settings when the view saves. */
    public void setOnSaved(Consumer<AppSettings> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
    }

    /** Saves with the handler given to {@link #setOnSaved}. */
    public void save() {
        save(onSaved);
    }

    /**
     * Writes the edited settings and hands them to {@code whenSaved}, then turns the system's autostart
     * entry on or off when that was changed. A failure of the entry keeps the window open with the reason;
     * the settings are saved all the same. Nothing happens before the settings are loaded.
     */
    public void save(Consumer<AppSettings> whenSaved) {
        if (!loaded.get() || busy.get()) {
            return;
        }
        AppSettings edited = edited();
        boolean autostartChanged = autostart.changed();
        boolean startWithSystem = autostart.selectedProperty().get();
        busy.set(true);
        errorText.set("");
        ui.run(() -> {
            store.save(edited);
            return autostartChanged ? autostart.write(startWithSystem) : Optional.<IOException>empty();
        }, autostartFailure -> {
            busy.set(false);
            autostartFailure.ifPresentOrElse(
                    failure -> errorText.set(ui.texts().text("settings.autostart.failed", reason(failure))),
                    () -> autostart.inEffect(startWithSystem));
            apply(edited);
            saved.set(autostartFailure.isEmpty());
            whenSaved.accept(edited);
        }, failure -> {
            busy.set(false);
            errorText.set(ui.texts().text("settings.saveFailed"));
        });
    }

    private AppSettings edited() {
        return original
                .withLanguage(language.get().code())
                .withTheme(theme.get().theme())
                .withEnterSends(enterSends.get())
                .withNotifications(notifications.get())
                .withNotificationOptions(new NotificationOptions(hideText.get(), sound.get()))
                .withDesktop(original.desktop().withStartMinimized(startMinimized.get()).withOnClose(onClose.get().action()))
                .withQuickReplies(replies.toQuickReplies())
                .withAccounts(accounts.toAccounts());
    }

    private void apply(AppSettings saved) {
        AppSettings settings = saved.withQuickReplies(DefaultQuickReplies.inLanguage(saved.quickReplies(), ui.texts()));
        original = settings;
        language.set(LanguageChoice.of(settings.language()));
        theme.set(ThemeChoice.of(settings.theme()));
        enterSends.set(settings.enterSends());
        notifications.set(settings.notifications());
        hideText.set(settings.notificationOptions().hideText());
        sound.set(settings.notificationOptions().sound());
        startMinimized.set(settings.desktop().startMinimized());
        onClose.set(CloseChoice.of(settings.desktop().onClose()));
        replies.load(settings.quickReplies());
        accounts.load(settings.accounts());
        loaded.set(true);
        updateDirty();
    }

    /** What the system's entry said went wrong, for the seller to read. */
    private static String reason(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private void updateDirty() {
        dirty.set(original != null && (!edited().equals(original) || autostart.changed()));
        if (dirty.get()) {
            saved.set(false);
        }
    }
}
