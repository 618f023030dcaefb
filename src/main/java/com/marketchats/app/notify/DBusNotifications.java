package com.marketchats.app.notify;

import com.marketchats.app.notify.dbus.Notifications;
import com.marketchats.viewmodel.window.DesktopNotification;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.LongConsumer;

/**
 * Notifications through the desktop's notification daemon over the session D-Bus. One chat keeps one
 * notification: the next one for it replaces it ({@code replaces_id}) while the daemon still shows it.
 * A click on it ({@code ActionInvoked} with the {@code "default"} action) opens the chat. Every call to the
 * daemon blocks until it answers, so all of them run on one thread of their own, never on the FX thread.
 */
public final class DBusNotifications implements AutoCloseable {

    static final String APP_NAME = "Market Chats";
    /** The .desktop file jpackage installs, without ".desktop": lets the desktop group and badge us. */
    private static final String DESKTOP_ENTRY = "market-chats-Market_Chats";
    private static final Logger LOG = LoggerFactory.getLogger(DBusNotifications.class);

    private final DBusConnection connection;
    private final Notifications daemon;
    private final boolean markup;
    private final String icon;
    private final ExecutorService calls;
    /** What each notification on screen is for: the chat and sender kind, by the daemon's id. */
    private final Map<Long, DesktopNotification> shown = new ConcurrentHashMap<>();
    /** The daemon's id of the notification each chat and kind has on screen. */
    private final Map<String, Long> idOfKey = new ConcurrentHashMap<>();
    private final List<AutoCloseable> handlers;
    private volatile LongConsumer open = chatId -> { };

    private DBusNotifications(DBusConnection connection, Notifications daemon, boolean markup, String icon,
                              ExecutorService calls) throws org.freedesktop.dbus.exceptions.DBusException {
        this.connection = connection;
        this.daemon = daemon;
        this.markup = markup;
        this.icon = icon;
        this.calls = calls;
        this.handlers = List.of(
                connection.addSigHandler(Notifications.ActionInvoked.class, signal -> clicked(signal.getId().longValue())),
                connection.addSigHandler(Notifications.NotificationClosed.class, signal -> closed(signal.getId().longValue())));
    }

    /**
     * Connects to the bus and asks the daemon who it is; empty when there is no bus or no daemon answers
     * (the caller then shows notifications another way). Blocks: call it off the FX thread.
     *
     * @param icon  the app icon as the daemon takes it: a file URI or a theme icon name
     * @param calls the thread the daemon is called on
     */
    public static Optional<DBusNotifications> connect(SessionBus bus, String icon, ExecutorService calls) {
        Optional<String> address = bus.address();
        if (address.isEmpty()) {
            LOG.info("No session D-Bus: notifications are shown inside the app");
            return Optional.empty();
        }
        DBusConnection connection = null;
        try {
            connection = DBusConnectionBuilder.forAddress(address.get()).withShared(false).build();
            Notifications daemon = connection.getRemoteObject(Notifications.BUS_NAME, Notifications.OBJECT_PATH,
                    Notifications.class);
            Notifications.ServerInformation<String, String, String, String> server = daemon.getServerInformation();
            boolean markup = daemon.GetCapabilities().contains("body-markup");
            LOG.info("Notifications go to {} {} over D-Bus", server.getName(), server.getVersion());
            return Optional.of(new DBusNotifications(connection, daemon, markup, icon, calls));
        } catch (Exception e) {
            LOG.info("No notification daemon on the session D-Bus ({}): notifications are shown inside the app",
                    e.toString());
            if (connection != null) {
                connection.disconnect();
            }
            return Optional.empty();
        }
    }

    /** @param open called with the chat a click on a notification asks for, on a D-Bus thread */
    public void onOpen(LongConsumer open) {
        this.open = open;
    }

    /** @param openLabel the label of the click action, which daemons that draw buttons show */
    public void show(DesktopNotification notification, String openLabel) {
        calls.execute(() -> send(notification, openLabel));
    }

    private void send(DesktopNotification notification, String openLabel) {
        String key = notification.kind() + ":" + notification.chatId();
        long replaces = idOfKey.getOrDefault(key, 0L);
        try {
            long id = daemon.Notify(APP_NAME, new UInt32(replaces), icon, notification.title(),
                    markup ? escaped(notification.body()) : notification.body(),
                    notification.chatId() == null ? List.of() : List.of("default", openLabel),
                    hints(notification), -1).longValue();
            if (id != replaces) {
                shown.remove(replaces);
            }
            shown.put(id, notification);
            idOfKey.put(key, id);
        } catch (RuntimeException e) {
            LOG.warn("The notification daemon refused a notification: {}", e.toString());
        }
    }

    private static Map<String, Variant<?>> hints(DesktopNotification notification) {
        // The app plays its own sound when the seller wants one; the daemon's would come on top of it.
        return Map.of(
                "urgency", new Variant<>((byte) 1),
                "category", new Variant<>(notification.kind() == DesktopNotification.Kind.DISPUTE ? "im" : "im.received"),
                "desktop-entry", new Variant<>(DESKTOP_ENTRY),
                "suppress-sound", new Variant<>(Boolean.TRUE));
    }

    /** The body is markup for daemons that say so: a buyer's "<" or "&" must show as written. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Signals are broadcast to every client of the daemon: only our own ids count. */
    private void clicked(long id) {
        DesktopNotification notification = shown.get(id);
        if (notification != null && notification.chatId() != null) {
            open.accept(notification.chatId());
        }
    }

    private void closed(long id) {
        DesktopNotification notification = shown.remove(id);
        if (notification != null) {
            idOfKey.remove(notification.kind() + ":" + notification.chatId(), id);
        }
    }

    /** Closes the connection: its sender thread would otherwise keep the JVM running after the window closed. */
    @Override
    public void close() {
        for (AutoCloseable handler : handlers) {
            try {
                handler.close();
            } catch (Exception e) {
                LOG.debug("Removing a D-Bus signal handler failed: {}", e.toString());
            }
        }
        connection.disconnect();
    }
}
