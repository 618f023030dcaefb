package com.marketchats.service.autostart;

import java.nio.file.Path;
import java.util.Locale;

/** Picks the {@link Autostart} of the system the app runs on. */
public final class SystemAutostart {

    /** Set by the jpackage launcher to its own path; absent when the app runs from Maven or an IDE. */
    static final String LAUNCHER_PROPERTY = "jpackage.app-path";

    private SystemAutostart() {
    }

    /** The entry of this computer's system for this installation of the app. */
    public static Autostart forThisComputer() {
        return choose(System.getProperty("os.name", ""), System.getProperty(LAUNCHER_PROPERTY),
                Path.of(System.getProperty("user.home")), System.getenv("XDG_CONFIG_HOME"));
    }

    /**
     * @param launcher      the native launcher's path; null or blank: not available
     * @param xdgConfigHome the environment's {@code XDG_CONFIG_HOME}; the specification ignores it unless absolute
     */
    static Autostart choose(String osName, String launcher, Path home, String xdgConfigHome) {
        if (launcher == null || launcher.isBlank()) {
            return Autostart.unavailable();
        }
        Path app = Path.of(launcher);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new RunKeyAutostart(app);
        }
        if (os.startsWith("mac")) {
            return new LaunchAgentAutostart(home.resolve("Library").resolve("LaunchAgents"), app);
        }
        boolean configSet = xdgConfigHome != null && !xdgConfigHome.isBlank() && Path.of(xdgConfigHome).isAbsolute();
        Path config = configSet ? Path.of(xdgConfigHome) : home.resolve(".config");
        return new XdgAutostart(config.resolve("autostart"), app);
    }
}
