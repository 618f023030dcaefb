package com.marketchats.app.notify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the session D-Bus listens. The desktop says so in {@code DBUS_SESSION_BUS_ADDRESS}; systemd user
 * sessions also keep it at {@code $XDG_RUNTIME_DIR/bus}, which dbus-java does not look at by itself. Tests
 * give their private bus instead, since a running JVM cannot change its environment.
 */
@FunctionalInterface
public interface SessionBus {

    /** The bus address, or empty when this desktop has no session bus. */
    Optional<String> address();

    static SessionBus fromEnvironment() {
        return () -> {
            String given = System.getenv("DBUS_SESSION_BUS_ADDRESS");
            if (given != null && !given.isBlank()) {
                return Optional.of(given);
            }
            String runtime = System.getenv("XDG_RUNTIME_DIR");
            if (runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"))) {
                return Optional.of("unix:path=" + Path.of(runtime, "bus"));
            }
            return Optional.empty();
        };
    }
}
