package com.marketchats.app;

import com.marketchats.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real app says when it is started wrongly or cannot start, as a process: a mistyped option gets
 * the usage and exit 2 (no stack trace); a window that cannot open (here: no display at all) gets one line
 * naming the cause and the log file, and exit 1.
 */
class StartupMessagesTest {

    @TempDir
    Path temp;

    @Test
    void aMistypedOptionGetsTheUsageAndExitCode2() throws Exception {
        Result result = run("--lnag=ru");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("market-chats: unknown option --lnag=ru").contains("Usage: market-chats")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aWindowThatCannotOpenIsSaidWithTheLogFileAndExitCode1() throws Exception {
        Path data = temp.resolve("data");
        Result result = run("--data-dir=" + data, "--lang=en");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("market-chats: Market Chats could not start: ")
                .contains("The details are in the log " + data.resolve("logs").resolve("market-chats.log"));
        Path logFile = data.resolve("logs").resolve("market-chats.log");
        assertThat(Files.readString(logFile)).as("the log it names holds the whole story")
                .contains("Market Chats could not start").contains("\tat ");
    }

    private Result run(String... args) throws Exception {
        // No display and the platform's own toolkit (not the tests' headless one): the window cannot open.
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(List.of("-XX:TieredStopAtLevel=1", "-Xmx128m", ChildJvm.appLogging()),
                Main.class, args)).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path log = temp.resolve("out-" + System.nanoTime() + ".log");
        Process app = builder.redirectOutput(log.toFile()).start();
        boolean ended = app.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        assertThat(ended).as("ends by itself:\n" + Files.readString(log)).isTrue();
        return new Result(app.exitValue(), Files.readString(log));
    }

    private record Result(int exitCode, String output) {
    }
}
