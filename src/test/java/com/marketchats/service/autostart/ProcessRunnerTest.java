package com.marketchats.service.autostart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner that {@code reg.exe} goes through, tried with a shell where there is no reg. */
@DisabledOnOs(OS.WINDOWS)
class ProcessRunnerTest {

    @Test
    void givesTheExitCodeAndWhatTheProgramPrintedOnEitherStream() throws IOException {
        CommandRunner.Result result = new ProcessRunner().run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output()).contains("out", "err");
    }

    @Test
    void aProgramThatIsNotThereIsAnIoException() {
        assertThatThrownBy(() -> new ProcessRunner().run(List.of("no-such-program-market-chats")))
                .isInstanceOf(IOException.class);
    }
}
