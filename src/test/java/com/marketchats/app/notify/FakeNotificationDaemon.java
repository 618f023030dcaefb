package com.marketchats.app.notify;

import com.marketchats.app.notify.dbus.Notifications;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A notification daemon for tests: owns {@code org.freedesktop.Notifications} on a bus, records every
 * {@code Notify} and can "click" a notification as a user would. Calls arrive on D-Bus threads.
 */
public final class FakeNotificationDaemon implements Notifications, AutoCloseable {

    /** One {@code Notify} as it came over the bus, with the id the fake answered. */
    public record Call(String appName, long replacesId, String appIcon, String summary, String body,
                       List<String> actions, Map<String, Variant<?>> hints, int expireTimeout, long returnedId) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(100);
    private DBusConnection connection;

    /** Connects to {@code bus} and takes the daemon's name there. */
    public static FakeNotificationDaemon on(PrivateBus bus) throws DBusException {
        FakeNotificationDaemon fake = new FakeNotificationDaemon();
        fake.connection = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        fake.connection.requestBusName(BUS_NAME);
        fake.connection.exportObject(OBJECT_PATH, fake);
        return fake;
    }

    public List<Call> calls() {
        return calls;
    }

    /** The user clicks the notification {@code id}. */
    public void click(long id) throws DBusException {
        connection.sendMessage(new ActionInvoked(OBJECT_PATH, new UInt32(id), "default"));
    }

    @Override
    public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                         List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
        long id = replacesId.longValue() != 0 ? replacesId.longValue() : nextId.incrementAndGet();
        calls.add(new Call(appName, replacesId.longValue(), appIcon, summary, body, List.copyOf(actions),
                Map.copyOf(hints), expireTimeout, id));
        return new UInt32(id);
    }

    @Override
    public void CloseNotification(UInt32 id) {
        // Nothing is on a screen to close.
    }

    @Override
    public List<String> GetCapabilities() {
        return List.of("actions", "body", "body-markup", "icon-static");
    }

    @Override
    public ServerInformation<String, String, String, String> getServerInformation() {
        return new ServerInformation<>("fake", "Market Chats tests", "1.0", "1.2");
    }

    @Override
    public String getObjectPath() {
        return OBJECT_PATH;
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
