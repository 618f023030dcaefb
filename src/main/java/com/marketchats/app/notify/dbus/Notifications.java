package com.marketchats.app.notify.dbus;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

import java.util.List;
import java.util.Map;

/**
 * The freedesktop Desktop Notifications interface (spec 1.2) as dbus-java maps it. Its package is opened to
 * dbus-java in module-info: the library reads these types and the tuple's fields reflectively. Method names
 * are the wire names, hence their capital letters.
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface Notifications extends DBusInterface {

    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";

    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                  List<String> actions, Map<String, Variant<?>> hints, int expireTimeout);

    void CloseNotification(UInt32 id);

    List<String> GetCapabilities();

    @DBusMemberName("GetServerInformation")
    ServerInformation<String, String, String, String> getServerInformation();

    /** (ssss): dbus-java fails to export a tuple that is not generic, so the fields are type parameters. */
    final class ServerInformation<A, B, C, D> extends Tuple {
        @Position(0)
        private final A name;
        @Position(1)
        private final B vendor;
        @Position(2)
        private final C version;
        @Position(3)
        private final D specVersion;

        public ServerInformation(A name, B vendor, C version, D specVersion) {
            this.name = name;
            this.vendor = vendor;
            this.version = version;
            this.specVersion = specVersion;
        }

        public A getName() {
            return name;
        }

        public B getVendor() {
            return vendor;
        }

        public C getVersion() {
            return version;
        }

        public D getSpecVersion() {
            return specVersion;
        }
    }

    /** The user clicked a notification ({@code "default"}) or one of its buttons. */
    class ActionInvoked extends DBusSignal {
        private final UInt32 id;
        private final String actionKey;

        public ActionInvoked(String path, UInt32 id, String actionKey) throws DBusException {
            super(path, id, actionKey);
            this.id = id;
            this.actionKey = actionKey;
        }

        public UInt32 getId() {
            return id;
        }

        public String getActionKey() {
            return actionKey;
        }
    }

    /** A notification went away (expired, dismissed, closed); its id may be given to another one then. */
    class NotificationClosed extends DBusSignal {
        private final UInt32 id;
        private final UInt32 reason;

        public NotificationClosed(String path, UInt32 id, UInt32 reason) throws DBusException {
            super(path, id, reason);
            this.id = id;
            this.reason = reason;
        }

        public UInt32 getId() {
            return id;
        }

        public UInt32 getReason() {
            return reason;
        }
    }
}
