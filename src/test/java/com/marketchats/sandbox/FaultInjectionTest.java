package com.marketchats.sandbox;

import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Injected failures: their rates, their timing, and that none of them corrupts state. */
class FaultInjectionTest extends SandboxPerTestFixture {

    private static final String SEND = "chats/message?chatId=7000001";

    @BeforeEach
    void startSandboxWithoutLimits() {
        start(SandboxConfig.builder().limitsEnabled(false));
    }

    @Test
    void aShareOfRequestsFailsWith500() {
        server.faults().set(FaultPlan.NONE.withFailureRate(0.2));
        int failures = 0;
        for (int i = 0; i < 500; i++) {
            SandboxHttp.Answer answer = http.get("chat?chatId=7000001");
            if (answer.status() == 500) {
                failures++;
                assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("INTERNAL_ERROR");
            } else {
                assertThat(answer.status()).isEqualTo(200);
            }
        }

        // 500 draws at 0.2: mean 100, standard deviation about 9; this band is over four deviations wide.
        assertThat(failures).isBetween(60, 140);
        assertThat(server.answers().withStatus(500)).isEqualTo(failures);
    }

    @Test
    void a500ComesBeforeTheWriteIsApplied() {
        int before = server.state().history(7_000_001L).size();
        server.faults().set(FaultPlan.NONE.withFailureRate(1));

        for (int i = 0; i < 5; i++) {
            assertThat(http.post(SEND, "{\"message\":\"Здравствуйте!\"}").status()).isEqualTo(500);
        }
        assertThat(http.post("chats/new", "{\"context\":{\"type\":\"ORDER\",\"id\":51234567850}}").status()).isEqualTo(500);

        assertThat(server.state().history(7_000_001L)).hasSize(before);
        assertThat(server.state().partnerMessageCount(7_000_001L)).isZero();
        assertThat(server.state().chats(server.demoBusinessId())).hasSize(40);
    }

    @Test
    void refusedWritesGet403AndChangeNothingWhileReadsGoOn() {
        int before = server.state().history(7_000_001L).size();
        server.faults().refuseWrites(true);

        assertThat(http.post(SEND, "{\"message\":\"Здравствуйте!\"}").status()).isEqualTo(403);
        assertThat(http.get("chat?chatId=7000001").status()).isEqualTo(200);
        assertThat(server.state().history(7_000_001L)).hasSize(before);

        server.faults().clear();
        assertThat(http.post(SEND, "{\"message\":\"Здравствуйте!\"}").status()).isEqualTo(200);
        assertThat(server.state().history(7_000_001L)).hasSize(before + 1);
    }

    @Test
    void aResetCutsAReadAnswerAndTheClientSeesAnIOException() {
        server.faults().set(FaultPlan.NONE.withResetRate(1));

        assertThatThrownBy(() -> http.sendOrFail(http.request(http.path("chats"))
                .header("Api-Key", server.demoApiKey()).POST(HttpRequest.BodyPublishers.ofString("{}"))))
                .isInstanceOf(IOException.class);
        assertThat(server.answers().resets()).isEqualTo(1);

        server.faults().clear();
        assertThat(http.post("chats", "{}").status()).isEqualTo(200);
    }

    @Test
    void aPlainResetLosesAWriteBeforeItIsApplied() {
        int before = server.state().history(7_000_001L).size();
        server.faults().set(FaultPlan.NONE.withResetRate(1));

        assertThatThrownBy(() -> http.sendOrFail(sendRequest("Ответ, который не дойдёт"))).isInstanceOf(IOException.class);

        assertThat(server.state().history(7_000_001L)).hasSize(before);
    }

    @Test
    void failAfterCommitAppliesTheWriteButLosesTheAnswer() {
        int before = server.state().history(7_000_001L).size();
        server.faults().set(FaultPlan.NONE.withFailAfterCommitRate(1));

        assertThatThrownBy(() -> http.sendOrFail(sendRequest("Ответ с неизвестной судьбой"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.sendOrFail(http.upload(7_000_001L, "file", "чек.pdf", new byte[] {'%', 'P'})))
                .isInstanceOf(IOException.class);

        var history = server.state().history(7_000_001L);
        assertThat(history).hasSize(before + 2);
        assertThat(history.get(before).text()).isEqualTo("Ответ с неизвестной судьбой");
        assertThat(history.get(before).sender()).isEqualTo(MessageSender.PARTNER);
        assertThat(history.get(before + 1).attachments().get(0).name()).isEqualTo("чек.pdf");
        assertThat(server.answers().resets()).isEqualTo(2);
    }

    @Test
    void failAfterCommitLeavesReadsAlone() {
        server.faults().set(FaultPlan.NONE.withFailAfterCommitRate(1));

        assertThat(http.get("chat?chatId=7000001").status()).isEqualTo(200);
    }

    @Test
    void aStormAnswers420UntilItEndsAndCostsNothing() {
        server.faults().startStorm(Duration.ofSeconds(2));
        Instant started = Instant.now();

        SandboxHttp.Answer refused = http.get("chat?chatId=7000001");

        assertThat(refused.status()).isEqualTo(420);
        assertThat(refused.errorMessage()).startsWith("Hit rate limit of 1000 requests per hour");
        Instant until = ZonedDateTime.parse(refused.header(RateLimitInfo.UNTIL_HEADER),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(until).isBetween(started, started.plusSeconds(4));
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get("chat?chatId=7000001").status() == 200);
        assertThat(http.get("chat?chatId=7000001").header(RateLimitInfo.REMAINING_HEADER)).isEqualTo("998");
    }

    @Test
    void recurringStormsStartAtOnceAndPass() {
        server.faults().set(FaultPlan.NONE.withStorms(Duration.ofMinutes(1), Duration.ofSeconds(1)));

        assertThat(http.get("chat?chatId=7000001").status()).isEqualTo(420);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get("chat?chatId=7000001").status() == 200);
    }

    @Test
    void aFixedDelayHoldsEveryAnswerBack() {
        server.faults().set(FaultPlan.NONE.withFixedDelay(Duration.ofMillis(300)));

        long started = System.nanoTime();
        SandboxHttp.Answer answer = http.get("chat?chatId=7000001");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aRandomDelayStaysWithinItsBoundsAndVaries() {
        server.faults().set(FaultPlan.NONE.withFixedDelay(Duration.ofMillis(10)).withRandomDelayMax(Duration.ofMillis(50)));

        Set<Duration> delays = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Duration delay = server.faults().delay();
            assertThat(delay).isBetween(Duration.ofMillis(10), Duration.ofMillis(60));
            delays.add(delay);
        }

        assertThat(delays).hasSizeGreaterThan(5);
    }

    private HttpRequest.Builder sendRequest(String text) {
        return http.request(http.path(SEND)).header("Api-Key", server.demoApiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"" + text + "\"}"));
    }
}
