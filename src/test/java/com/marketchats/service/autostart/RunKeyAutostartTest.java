package com.marketchats.service.autostart;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Windows Run-key value, through a fake {@code reg} that records each command and answers as scripted. */
class RunKeyAutostartTest {

    private static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    private static final Path EXE = Path.of("C:\\Program Files\\Market Chats\\Market Chats.exe");

    private final List<List<String>> commands = new ArrayList<>();
    private final Deque<CommandRunner.Result> answers = new ArrayDeque<>();
    private final RunKeyAutostart autostart = new RunKeyAutostart(command -> {
        commands.add(command);
        return answers.isEmpty() ? new CommandRunner.Result(0, "") : answers.pop();
    }, EXE);

    @Test
    void turningOnAddsTheQuotedLauncherWithTheMinimisedArgument() throws IOException {
        autostart.enable();

        assertThat(commands).containsExactly(List.of("reg", "add", KEY, "/v", "Market Chats", "/t", "REG_SZ", "/d",
                "\\\"" + EXE + "\\\" --minimized", "/f"));
    }

    @Test
    void aQueryThatExitsWithOneMeansAbsentAndWithZeroPresent() throws IOException {
        answers.add(new CommandRunner.Result(1, "ERROR: The system was unable to find the specified registry key or value."));
        assertThat(autostart.isEnabled()).isFalse();
        assertThat(autostart.isEnabled()).isTrue();

        assertThat(commands).containsOnly(List.of("reg", "query", KEY, "/v", "Market Chats"));
    }

    @Test
    void turningOffDeletesAPresentValueAndLeavesAnAbsentOneAlone() throws IOException {
        autostart.disable();
        answers.add(new CommandRunner.Result(1, ""));
        autostart.disable();

        assertThat(commands).containsExactly(
                List.of("reg", "query", KEY, "/v", "Market Chats"),
                List.of("reg", "delete", KEY, "/v", "Market Chats", "/f"),
                List.of("reg", "query", KEY, "/v", "Market Chats"));
    }

    @Test
    void anyOtherFailureSaysWhatRegPrinted() {
        answers.add(new CommandRunner.Result(5, "ERROR: Access is denied."));

        assertThatThrownBy(autostart::enable).isInstanceOf(IOException.class)
                .hasMessage("reg add exited with 5: ERROR: Access is denied.");
    }
}
