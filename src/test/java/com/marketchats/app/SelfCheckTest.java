package com.marketchats.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-check an installed package runs in CI, here in-process against the embedded sandbox. */
class SelfCheckTest {

    @Test
    void everyCheckPassesAndTheStatusIsZero() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = new SelfCheck(new PrintStream(printed, true, StandardCharsets.UTF_8), SelfCheck.DEFAULT_WAIT).run();

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).as(String.join("\n", lines)).noneMatch(line -> line.startsWith("FAIL"));
        assertThat(lines).first().asString().matches("Market Chats \\d+\\.\\d+\\.\\d+\\S* self-check");
        assertThat(lines).anyMatch(line -> line.matches("OK   sandbox started on http://127\\.0\\.0\\.1:\\d+"))
                .anyMatch(line -> line.matches("OK   first sync: [1-9]\\d* chats"))
                .anyMatch(line -> line.startsWith("OK   text message delivered through the outbox"))
                .anyMatch(line -> line.startsWith("OK   file delivered through the outbox"))
                .anyMatch(line -> line.startsWith("OK   credentials store: "))
                .anyMatch(line -> line.startsWith("OK   TLS 1.3 client ready"));
        assertThat(lines).last().isEqualTo("Self-check passed");
        assertThat(status).isZero();
    }

    @Test
    void aStepThatDoesNotFinishInTimeFailsTheCheckInsteadOfHanging() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = new SelfCheck(new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ZERO).run();

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("FAIL first sync: not within 0 s");
        assertThat(lines).last().asString().startsWith("Self-check FAILED");
        assertThat(status).isEqualTo(1);
    }
}
