package com.marketchats.app.notify;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A session D-Bus of the test's own: {@code dbus-daemon} with a minimal configuration that lists no
 * service folders, so a call to a name nobody owns fails at once instead of starting whatever notification
 * daemon this machine has installed. CI installs {@code dbus} (.ci/run) and sets
 * {@code MARKETCHATS_REQUIRE_DBUS}; there a missing daemon fails the test, elsewhere it skips it.
 */
public final class PrivateBus implements AutoCloseable {

    private static final String CONFIG = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:tmpdir=%s</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """;

    private final Process daemon;
    private final String address;

    private PrivateBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    /** Starts the bus in {@code folder}; it runs until {@link #close()}. */
    public static PrivateBus start(Path folder) throws IOException {
        Path config = folder.resolve("test-session.conf");
        Files.writeString(config, CONFIG.formatted(folder));
        Process daemon;
        try {
            daemon = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--print-address=1", "--nofork",
                    "--nopidfile").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            String missing = "dbus-daemon is not installed (Debian: apt-get install dbus): " + e.getMessage();
            if (System.getenv("MARKETCHATS_REQUIRE_DBUS") != null) {
                throw new IllegalStateException(missing, e);
            }
            Assumptions.abort(missing);
            throw e;
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        if (address == null || address.isBlank()) {
            daemon.destroy();
            throw new IllegalStateException("dbus-daemon printed no address");
        }
        return new PrivateBus(daemon, address.strip());
    }

    public String address() {
        return address;
    }

    /** This bus as the app's session bus. */
    public SessionBus asSessionBus() {
        return () -> Optional.of(address);
    }

    @Override
    public void close() {
        daemon.destroy();
        try {
            daemon.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
