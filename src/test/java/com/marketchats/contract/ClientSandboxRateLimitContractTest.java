package com.marketchats.contract;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.sandbox.FaultPlan;
import com.marketchats.sandbox.SandboxConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * 420 through the real client, the recording proxy and the sandbox: the hourly limit of one method
 * used up (under a one-minute "hour"), and the fifth request in flight of a business. The answers,
 * the requests before them and their {@code X-RateLimit-Resource-*} headers must conform.
 */
class ClientSandboxRateLimitContractTest {

    private static final Duration HOUR = Duration.ofMinutes(1);
    private static final long CHAT = 7_000_001L;

    private SpecContract contract;

    @BeforeEach
    void loadSpec() {
        contract = SpecContract.loadOrSkip();
    }

    @Test
    void aUsedUpHourlyLimitGets420WithTheWindowsEnd() {
        try (SandboxBehindProxy rig = SandboxBehindProxy.start(SandboxConfig.builder().hourLength(HOUR).build())) {
            Instant windowStart = Instant.now();
            int limit = ApiOperation.GET_CHAT.hourlyLimit();
            HttpChatsApi direct = rig.unrecordedClient();
            for (int i = 1; i < limit; i++) {
                direct.getChat(CHAT);
            }
            HttpChatsApi client = rig.client();

            assertThat(client.getChat(CHAT).chatId()).isEqualTo(CHAT); // the last one of the hour
            ApiException refused = catchThrowableOfType(ApiException.class, () -> client.getChat(CHAT));
            Instant refusedAt = Instant.now();
            // Every other method has a budget of its own.
            assertThat(client.getChats(GetChatsRequest.ALL, null, 20).chats()).isNotEmpty();
            assertThat(client.getChatHistory(CHAT, null, null, 100).messages()).isNotEmpty();

            assertThat(refused).isNotNull();
            assertThat(refused.kind()).isEqualTo(ApiException.Kind.RATE_LIMITED);
            assertThat(refused.httpStatus()).isEqualTo(420);
            assertThat(refused.operation()).isEqualTo(ApiOperation.GET_CHAT);
            assertThat(refused.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo("HIT_RATE_LIMIT");
                assertThat(error.message()).isEqualTo("Hit rate limit of 1000 requests per hour for resource getChat");
            });
            RateLimitInfo info = refused.rateLimit();
            assertThat(info.limit()).isEqualTo(limit);
            assertThat(info.remaining()).isZero();
            assertThat(info.until()).isBetween(windowStart.plus(HOUR).minusSeconds(1), refusedAt.plus(HOUR).plusSeconds(1));

            List<RecordedExchange> exchanges = rig.exchanges();
            assertThat(exchanges).extracting(RecordedExchange::status).containsExactly(200, 420, 200, 200);
            assertThat(exchanges.get(0).responseHeader(RateLimitInfo.REMAINING_HEADER)).hasValue("0");
            rig.validateRecorded(contract);
            SandboxBehindProxy.report("ClientSandboxRateLimitContractTest (hourly limit)", contract, exchanges);
        }
    }

    @Test
    void theFifthRequestInFlightOfABusinessGets420() {
        SandboxConfig config = SandboxConfig.builder()
                .faults(FaultPlan.NONE.withFixedDelay(Duration.ofMillis(1500))).build();
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try (SandboxBehindProxy rig = SandboxBehindProxy.start(config)) {
            HttpChatsApi client = rig.client();

            List<CompletableFuture<Long>> calls = IntStream.range(0, 5)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.getChat(CHAT).chatId(), callers))
                    .toList();

            List<ApiException> refused = calls.stream().map(ClientSandboxRateLimitContractTest::failureOf)
                    .filter(failure -> failure != null).toList();
            assertThat(refused).singleElement().satisfies(failure -> {
                assertThat(failure.kind()).isEqualTo(ApiException.Kind.RATE_LIMITED);
                assertThat(failure.errors().get(0).message())
                        .isEqualTo("Hit rate limit of 4 parallel requests for businessId " + rig.businessId());
                assertThat(failure.rateLimit().until()).isNotNull();
            });
            List<RecordedExchange> exchanges = rig.exchanges();
            assertThat(exchanges).extracting(RecordedExchange::status)
                    .containsExactlyInAnyOrder(200, 200, 200, 200, 420);
            rig.validateRecorded(contract);
            SandboxBehindProxy.report("ClientSandboxRateLimitContractTest (parallel limit)", contract, exchanges);
        } finally {
            callers.shutdownNow();
        }
    }

    private static ApiException failureOf(CompletableFuture<Long> call) {
        try {
            call.join();
            return null;
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(ApiException.class);
            return (ApiException) e.getCause();
        }
    }
}
