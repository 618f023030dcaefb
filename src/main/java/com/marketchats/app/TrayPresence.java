package com.marketchats.app;

import com.marketchats.app.tray.AppTray;
import com.marketchats.app.tray.TrayActions;
import com.marketchats.app.tray.TrayTexts;
import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.AppSettings;
import com.marketchats.service.settings.DesktopOptions;
import com.marketchats.viewmodel.window.CabinetEntry;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The app in the tray, where the desktop has one: the icon follows the unread total of every cabinet (also
 * while the window is hidden), its menu pauses notifications (kept in the settings, so a pause until morning
 * survives a restart) and quits. Lives as long as the app; {@link #follow} is called again whenever the
 * window's content is rebuilt (a new language).
 */
final class TrayPresence implements AutoCloseable {

    /** How often a pause is checked against the clock: a timer for its end would not survive a sleep. */
    private static final Duration PAUSE_CHECK = Duration.seconds(20);

    private final Clock clock;
    private final DesktopChoices choices;
    private final CompletableFuture<Optional<AppTray>> tray;
    private final Timeline pauseCheck;
    private final InvalidationListener recount = observable -> recount();
    private final ListChangeListener<CabinetEntry> cabinetsChanged = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(entry -> entry.unreadProperty().addListener(recount));
            change.getRemoved().forEach(entry -> entry.unreadProperty().removeListener(recount));
        }
        recount();
    };
    private MainViewModel main;

    /**
     * Puts the icon in the tray when there is one; returns at once.
     *
     * @param choices  saves a pause
     * @param open     brings the window forward
     * @param openChat brings the window forward on a chat
     * @param quit     quits the app
     */
    TrayPresence(I18n texts, Clock clock, DesktopChoices choices, Runnable open, LongConsumer openChat, Runnable quit) {
        this.clock = clock;
        this.choices = choices;
        this.tray = AppTray.install(new TrayTexts(texts, clock), new TrayActions() {
            @Override
            public void open() {
                Platform.runLater(open);
            }

            @Override
            public void openChat(long chatId) {
                Platform.runLater(() -> openChat.accept(chatId));
            }

            @Override
            public void pause(Instant until) {
                Platform.runLater(() -> pauseUntil(until));
            }

            @Override
            public void quit() {
                Platform.runLater(quit);
            }
        }, clock);
        pauseCheck = new Timeline(new KeyFrame(PAUSE_CHECK, event -> applyPause()));
        pauseCheck.setCycleCount(Timeline.INDEFINITE);
        // The icon may land after the window was built; it learns the state then. With an icon in the tray a
        // hidden window must not end the app: the close button decides instead (WindowCloser).
        tray.thenAccept(found -> found.ifPresent(icon -> Platform.runLater(() -> {
            Platform.setImplicitExit(false);
            refresh();
        })));
    }

    /** Started with the system and asked to start minimised: the window waits in the tray, else minimised. */
    void startHidden(Stage stage, BooleanSupplier closed) {
        tray.thenAccept(found -> Platform.runLater(() -> {
            if (found.isEmpty() && !closed.getAsBoolean()) {
                stage.setIconified(true);
                stage.show();
            }
        }));
    }

    /** The tray icon once the desktop has answered; empty where there is no tray. */
    CompletableFuture<Optional<AppTray>> tray() {
        return tray;
    }

    /** Whether the icon is in the tray now (the window may hide then). */
    boolean present() {
        return tray.getNow(Optional.empty()).isPresent();
    }

    /** Follows the window's models after each (re)build. */
    void follow(MainViewModel newMain, I18n texts) {
        if (main != null) {
            main.cabinets().removeListener(cabinetsChanged);
            main.cabinets().forEach(entry -> entry.unreadProperty().removeListener(recount));
        }
        main = newMain;
        main.cabinets().addListener(cabinetsChanged);
        main.cabinets().forEach(entry -> entry.unreadProperty().addListener(recount));
        ifPresent(icon -> icon.setTexts(new TrayTexts(texts, clock)));
        refresh();
    }

    private void refresh() {
        recount();
        applyPause();
    }

    private void recount() {
        if (main != null) {
            int total = main.cabinets().stream().mapToInt(entry -> entry.unreadProperty().get()).sum();
            ifPresent(icon -> icon.setUnread(total));
        }
    }

    /** Saves the pause (null: resume) and applies it. */
    private void pauseUntil(Instant until) {
        if (main == null) {
            return;
        }
        AppSettings current = main.settingsProperty().get();
        choices.save(main, current.desktop().withNotificationsPausedUntil(until));
        applyPause();
    }

    /** Holds notifications while the saved pause lasts; an ended pause is lifted here. */
    private void applyPause() {
        if (main == null) {
            return;
        }
        DesktopOptions desktop = main.settingsProperty().get().desktop();
        Optional<Instant> until = desktop.pausedAt(clock.instant());
        main.notificationsPausedProperty().set(until.isPresent());
        ifPresent(icon -> icon.setPausedUntil(until.orElse(null)));
        if (until.isPresent()) {
            pauseCheck.play();
        } else {
            pauseCheck.stop();
            if (desktop.notificationsPausedUntil() != null) {
                choices.save(main, desktop.withNotificationsPausedUntil(null));
            }
        }
    }

    private void ifPresent(Consumer<AppTray> action) {
        tray.getNow(Optional.empty()).ifPresent(action);
    }

    @Override
    public void close() {
        pauseCheck.stop();
        // Also an icon that lands after this: a JVM with an icon in the tray would not exit.
        tray.thenAccept(found -> found.ifPresent(AppTray::close));
    }
}
