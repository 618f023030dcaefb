package com.marketchats.app.tray;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * An X display with a tray for the tray tests: {@code Xvfb} on the display surefire's tray execution names in
 * {@code DISPLAY} (AWT reads it from the environment, which a running JVM cannot change) and {@code trayer},
 * a small XEmbed tray host. CI installs both (.ci/run) and sets {@code MARKETCHATS_REQUIRE_TRAY}: there a
 * missing tool fails the test, elsewhere it skips it.
 * <p>
 * The display outlives the tests: AWT ends the JVM when its X server goes away under it, so Xvfb is started
 * with {@code -terminate} and ends by itself once the test JVM, its last client, has gone.
 */
public final class TrayDesktop implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private Process trayHost;
    private final String display;

    private TrayDesktop(String display) {
        this.display = display;
    }

    /** Starts the display (unless one already answers there) and the tray host, and waits until AWT sees the tray. */
    public static TrayDesktop start() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || Boolean.getBoolean("java.awt.headless")) {
            missing("the tray tests run in their own surefire execution, with DISPLAY set and java.awt.headless=false");
        }
        TrayDesktop desktop = new TrayDesktop(display);
        Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(display.indexOf(':') + 1).split("\\.")[0]);
        if (!Files.exists(socket)) {
            desktop.launch("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-terminate");
            desktop.waitFor(() -> Files.exists(socket), "Xvfb to listen on " + socket);
        }
        desktop.trayHost = desktop.launch("trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24",
                "--transparent", "false", "--SetDockType", "true");
        desktop.waitFor(AppTray::available, "trayer's tray to be seen by AWT");
        return desktop;
    }

    /** The X windows under the root, as {@code xwininfo -root -tree} lists them (names and owners). */
    public String windowTree() throws IOException, InterruptedException {
        Process list = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
        String out = new String(list.getInputStream().readAllBytes());
        list.waitFor();
        return out;
    }

    public String display() {
        return display;
    }

    private Process launch(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DISPLAY", display);
            // GTK's accessibility bridge in trayer would otherwise autolaunch a D-Bus (dbus-launch) that keeps a
            // connection to the display open after the tests, so the display would never end.
            builder.environment().put("NO_AT_BRIDGE", "1");
            builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "disabled:");
            return builder.start();
        } catch (IOException e) {
            missing(command[0] + " is not installed (Debian: apt-get install xvfb trayer x11-utils): " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }

    private void waitFor(BooleanSupplier condition, String what) {
        try {
            await().alias(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException gaveUp) {
            close();
            throw gaveUp;
        }
    }

    private static void missing(String why) {
        if (System.getenv("MARKETCHATS_REQUIRE_TRAY") != null) {
            throw new IllegalStateException(why);
        }
        Assumptions.abort(why);
    }

    /** Stops the tray host; the display ends with the JVM (see above). */
    @Override
    public void close() {
        if (trayHost != null) {
            trayHost.destroy();
        }
    }
}
