package com.marketchats.sandbox;

import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The API's limits: hourly per business and operation, four in flight, headers on every answer. */
class RateLimitTest extends SandboxPerTestFixture {

    private static final String GET_CHAT = "chat?chatId=7000001";
    private static final String UNTIL_FORMAT = "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @Test
    void exactlyTheHourlyLimitIsAllowedThen420UntilTheWindowEnds() {
        start(SandboxConfig.builder().hourLength(Duration.ofMinutes(2)));
        Instant windowStart = Instant.now();

        for (int i = 1; i <= 1000; i++) {
            SandboxHttp.Answer answer = http.get(GET_CHAT);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header(RateLimitInfo.REMAINING_HEADER)).isEqualTo(Integer.toString(1000 - i));
        }
        SandboxHttp.Answer refused = http.get(GET_CHAT);

        assertThat(refused.status()).isEqualTo(420);
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("HIT_RATE_LIMIT");
        assertThat(refused.errorMessage()).isEqualTo("Hit rate limit of 1000 requests per hour for resource getChat");
        assertThat(refused.header(RateLimitInfo.LIMIT_HEADER)).isEqualTo("1000");
        assertThat(refused.header(RateLimitInfo.REMAINING_HEADER)).isEqualTo("0");
        Instant until = until(refused);
        assertThat(until).isBetween(windowStart.plus(Duration.ofMinutes(2)).minusSeconds(1),
                Instant.now().plus(Duration.ofMinutes(2)).plusSeconds(1));
        assertThat(http.get("chats/message?chatId=7000001&messageId=" + firstMessageId()).status()).isEqualTo(200);
        assertThat(server.answers().forOperation(ApiOperation.GET_CHAT, 420)).isEqualTo(1);
    }

    @Test
    void aLoweredLimitIsTheWindowsAmountInTheHeadersAndThe420() {
        start(SandboxConfig.builder().hourLength(Duration.ofSeconds(30)).limit(ApiOperation.GET_CHAT, 3));

        for (int i = 1; i <= 3; i++) {
            SandboxHttp.Answer answer = http.get(GET_CHAT);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header(RateLimitInfo.LIMIT_HEADER)).isEqualTo("3");
            assertThat(answer.header(RateLimitInfo.REMAINING_HEADER)).isEqualTo(Integer.toString(3 - i));
        }
        SandboxHttp.Answer refused = http.get(GET_CHAT);

        assertThat(refused.status()).isEqualTo(420);
        assertThat(refused.errorMessage()).isEqualTo("Hit rate limit of 3 requests per hour for resource getChat");
        assertThat(until(refused)).isBefore(Instant.now().plusSeconds(32));
    }

    @Test
    void untilRoundedDownNamesTheSecondTheWindowEndsIn() {
        start(SandboxConfig.builder().hourLength(Duration.ofMillis(2_500)).untilRoundedDown(true));
        Instant before = Instant.now();

        Instant until = until(http.get(GET_CHAT));

        assertThat(until).isBeforeOrEqualTo(Instant.now().plusMillis(2_500))
                .isAfter(before.plusMillis(2_500).minusSeconds(1));
    }

    @Test
    void theWindowResetsAfterTheScaledHour() {
        start(SandboxConfig.builder().hourLength(Duration.ofSeconds(3)));
        SandboxHttp.Answer answer = http.get(GET_CHAT);
        for (int sent = 1; answer.status() == 200 && sent < 5_000; sent++) {
            answer = http.get(GET_CHAT);
        }
        assertThat(answer.status()).isEqualTo(420);
        Instant until = until(answer);

        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(GET_CHAT).status() == 200);

        assertThat(Instant.now()).isAfterOrEqualTo(until.minusSeconds(1));
        SandboxHttp.Answer fresh = http.get(GET_CHAT);
        assertThat(Integer.parseInt(fresh.header(RateLimitInfo.REMAINING_HEADER))).isGreaterThan(990);
    }

    @Test
    void theFifthConcurrentRequestOfABusinessGetsTheParallelLimit() {
        start(SandboxConfig.builder().faults(FaultPlan.NONE.withFixedDelay(Duration.ofMillis(1500))));

        List<SandboxHttp.Answer> answers = sendConcurrently(5);

        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(4);
        SandboxHttp.Answer refused = answers.stream().filter(a -> a.status() == 420).findFirst().orElseThrow();
        assertThat(refused.errorMessage()).isEqualTo("Hit rate limit of 4 parallel requests for businessId "
                + server.demoBusinessId());
        assertThat(refused.header(RateLimitInfo.UNTIL_HEADER)).matches(UNTIL_FORMAT);
    }

    @Test
    void fourRequestsAlwaysInFlightNeverHitTheParallelLimit() {
        start(SandboxConfig.builder());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> loops = IntStream.range(0, 4)
                    .mapToObj(w -> CompletableFuture.runAsync(() -> {
                        for (int i = 0; i < 250; i++) {
                            assertThat(http.post("chats?limit=1", "{}").status()).isEqualTo(200);
                        }
                    }, workers))
                    .toList();
            loops.forEach(CompletableFuture::join);
        } finally {
            workers.shutdownNow();
        }

        assertThat(server.answers().withStatus(420)).isZero();
        assertThat(server.answers().forOperation(ApiOperation.GET_CHATS, 200)).isEqualTo(1000);
    }

    @Test
    void serverErrorsDoNotCountButClientErrorsDo() {
        start(SandboxConfig.builder());
        server.faults().set(FaultPlan.NONE.withFailureRate(1));
        for (int i = 0; i < 5; i++) {
            SandboxHttp.Answer failed = http.get(GET_CHAT);
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.header(RateLimitInfo.REMAINING_HEADER)).isEqualTo("1000");
        }
        server.faults().clear();

        assertThat(http.get(GET_CHAT).header(RateLimitInfo.REMAINING_HEADER)).isEqualTo("999");
        assertThat(http.get("chat?chatId=123").status()).isEqualTo(404);
        assertThat(http.get("chat?chatId=0").status()).isEqualTo(400);
        assertThat(http.get(GET_CHAT).header(RateLimitInfo.REMAINING_HEADER)).isEqualTo("996");
    }

    @Test
    void everyAnswerOfTheOperationsCarriesTheThreeHeaders() {
        start(SandboxConfig.builder().hourLength(Duration.ofMinutes(5)));
        List<SandboxHttp.Answer> answers = new java.util.ArrayList<>();
        answers.add(http.get(GET_CHAT));
        answers.add(http.get("chat?chatId=x"));
        answers.add(http.send(http.request(http.path(GET_CHAT)).GET()));
        answers.add(http.send(http.request(http.path("chats/new")).header("Api-Key", server.readOnlyApiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        answers.add(http.get("chat?chatId=5"));
        server.faults().set(FaultPlan.NONE.withFailureRate(1));
        answers.add(http.get(GET_CHAT));
        server.faults().clear();
        server.faults().startStorm(Duration.ofSeconds(30));
        answers.add(http.get(GET_CHAT));

        assertThat(answers).extracting(SandboxHttp.Answer::status).containsExactly(200, 400, 401, 403, 404, 500, 420);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header(RateLimitInfo.LIMIT_HEADER)).isEqualTo("1000");
            assertThat(answer.header(RateLimitInfo.REMAINING_HEADER)).matches("\\d+");
            assertThat(answer.header(RateLimitInfo.UNTIL_HEADER)).matches(UNTIL_FORMAT);
        });
    }

    @Test
    void limitsAreKeptPerBusiness() {
        start(SandboxConfig.builder().hourLength(Duration.ofMinutes(5)));
        server.state().addBusiness(555L);
        http.get(GET_CHAT);
        http.get(GET_CHAT);

        SandboxHttp.Answer other = http.send(http.request("/v2/businesses/555/chats")
                .header("Api-Key", server.demoApiKey()).POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header(RateLimitInfo.LIMIT_HEADER)).isEqualTo("5000");
        assertThat(other.header(RateLimitInfo.REMAINING_HEADER)).isEqualTo("4999");
        assertThat(http.get(GET_CHAT).header(RateLimitInfo.REMAINING_HEADER)).isEqualTo("997");
    }

    @Test
    void withLimitsOffNothingIsEverRefused() {
        start(SandboxConfig.builder().limitsEnabled(false).faults(FaultPlan.NONE.withFixedDelay(Duration.ofMillis(500))));

        List<SandboxHttp.Answer> concurrent = sendConcurrently(6);
        server.faults().clear();
        for (int i = 0; i < 1001; i++) {
            http.get(GET_CHAT);
        }

        assertThat(concurrent).extracting(SandboxHttp.Answer::status).containsOnly(200);
        assertThat(server.answers().withStatus(420)).isZero();
        assertThat(server.answers().forOperation(ApiOperation.GET_CHAT, 200)).isEqualTo(1007);
    }

    private List<SandboxHttp.Answer> sendConcurrently(int count) {
        List<CompletableFuture<SandboxHttp.Answer>> futures = IntStream.range(0, count)
                .mapToObj(i -> http.sendAsync(http.request(http.path(GET_CHAT)).header("Api-Key", server.demoApiKey()).GET()))
                .toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private long firstMessageId() {
        return server.state().history(7_000_001L).get(0).messageId();
    }

    private static Instant until(SandboxHttp.Answer answer) {
        return ZonedDateTime.parse(answer.header(RateLimitInfo.UNTIL_HEADER), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
    }
}
