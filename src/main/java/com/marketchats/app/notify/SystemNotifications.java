package com.marketchats.app.notify;

import com.marketchats.app.tray.AppTray;
import com.marketchats.viewmodel.window.DesktopNotification;
import com.marketchats.viewmodel.window.NotificationMechanism;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The way notifications leave the app, chosen at start: the desktop's notification daemon over D-Bus
 * when the session bus has one (Linux desktops), else the balloons of the app's tray icon (Windows' toasts,
 * macOS's notifications), else the app's own cards. The choice is made in the background (the bus may be slow
 * to answer, the tray icon lands later); notifications until then are cards.
 */
public final class SystemNotifications implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread daemon = new Thread(runnable, "notifications");
        daemon.setDaemon(true);
        return daemon;
    });
    private final CompletableFuture<Optional<DBusNotifications>> dbus;
    private final NotificationSound sound = new NotificationSound(thread);
    private volatile CompletableFuture<Optional<AppTray>> tray = CompletableFuture.completedFuture(Optional.empty());

    private SystemNotifications(SessionBus bus, Path dataDirectory) {
        dbus = CompletableFuture.supplyAsync(() -> DBusNotifications.connect(bus, AppIconFile.in(dataDirectory), thread),
                thread);
    }

    /** Starts looking for the desktop's notification daemon; returns at once. */
    public static SystemNotifications start(SessionBus bus, Path dataDirectory) {
        return new SystemNotifications(bus, dataDirectory);
    }

    /** Shows notifications as the tray icon's balloons once it is in the tray, where D-Bus has no daemon. */
    public void useTray(CompletableFuture<Optional<AppTray>> icon) {
        tray = icon;
    }

    /** @param open called with the chat a click on a system notification asks for, on a D-Bus thread */
    public void onOpen(LongConsumer open) {
        dbus.thenAccept(daemon -> daemon.ifPresent(found -> found.onOpen(open)));
    }

    /**
     * Shows a notification the chosen way, with the sound when it asks for one.
     *
     * @param cards     shows it as the app's own card, on the FX thread
     * @param openLabel the label of the "open the chat" action
     */
    public void show(DesktopNotification notification, Consumer<DesktopNotification> cards, String openLabel) {
        Optional<DBusNotifications> daemon = dbus.getNow(Optional.empty());
        Optional<AppTray> icon = tray.getNow(Optional.empty());
        if (daemon.isPresent()) {
            daemon.get().show(notification, openLabel);
        } else if (icon.isPresent()) {
            icon.get().showMessage(notification.title(), notification.body(), notification.chatId());
        } else {
            cards.accept(notification);
        }
        if (notification.sound()) {
            sound.play();
        }
    }

    /** The way in use now; cards until the daemon has answered. */
    public NotificationMechanism mechanism() {
        if (dbus.getNow(Optional.empty()).isPresent()) {
            return NotificationMechanism.DBUS;
        }
        return tray.getNow(Optional.empty()).isPresent() ? NotificationMechanism.TRAY : NotificationMechanism.IN_APP;
    }

    /** Whether the choice is made: the daemon answered, or there is none. */
    public boolean chosen() {
        return dbus.isDone();
    }

    @Override
    public void close() {
        dbus.thenAccept(daemon -> daemon.ifPresent(DBusNotifications::close));
        thread.shutdown();
    }
}
