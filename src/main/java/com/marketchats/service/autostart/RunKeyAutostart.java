package com.marketchats.service.autostart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Windows: a value named "Market Chats" under the user's {@code Run} key, written and read with
 * {@code reg.exe} (no native code). The key needs no administrator, and unlike a Startup-folder shortcut
 * (a binary {@code .lnk}) it is plain text to write.
 */
public final class RunKeyAutostart implements Autostart {

    static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String VALUE_NAME = "Market Chats";
    /** What {@code reg query} exits with when the value is not there. */
    private static final int ABSENT = 1;

    private final CommandRunner reg;
    private final Path launcher;

    /** @param launcher the installed {@code Market Chats.exe} */
    public RunKeyAutostart(CommandRunner reg, Path launcher) {
        this.reg = Objects.requireNonNull(reg, "reg");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    /** The real {@code reg.exe}. */
    public RunKeyAutostart(Path launcher) {
        this(new ProcessRunner(), launcher);
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public boolean isEnabled() throws IOException {
        CommandRunner.Result result = reg.run(List.of("reg", "query", KEY, "/v", VALUE_NAME));
        if (result.exitCode() == ABSENT) {
            return false;
        }
        check(result, "query");
        return true;
    }

    @Override
    public void enable() throws IOException {
        check(reg.run(List.of("reg", "add", KEY, "/v", VALUE_NAME, "/t", "REG_SZ", "/d", commandLineData(),
                "/f")), "add");
    }

    @Override
    public void disable() throws IOException {
        if (isEnabled()) {
            check(reg.run(List.of("reg", "delete", KEY, "/v", VALUE_NAME, "/f")), "delete");
        }
    }

    /**
     * The value Windows runs, {@code "C:\…\Market Chats.exe" --minimized}, as one argument for
     * {@link ProcessBuilder}: the JDK's default Windows quoting wraps an argument with spaces in quotes but
     * leaves the quotes inside as they are, so they take the backslash that reg.exe's argument parser
     * reads as a literal quote. (An exe path cannot end in a backslash, which would change that reading.)
     */
    String commandLineData() {
        return "\\\"" + launcher + "\\\" " + MINIMIZED_ARGUMENT;
    }

    private static void check(CommandRunner.Result result, String operation) throws IOException {
        if (result.exitCode() != 0) {
            throw new IOException("reg " + operation + " exited with " + result.exitCode()
                    + (result.output().isEmpty() ? "" : ": " + result.output()));
        }
    }
}
