package com.marketchats.api;

import com.marketchats.api.ApiException.Kind;
import com.marketchats.api.dto.ApiError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.chatJson;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every error answer, and every kind of missing answer, becomes the right {@link ApiException}. */
class HttpChatsApiErrorsTest {

    private static final String UNTIL = "Thu, 02 Jul 2026 00:42:42 GMT";

    private ScriptedServer server;
    private final List<Integer> heardStatuses = new ArrayList<>();
    private HttpChatsApi api;

    @BeforeEach
    void start() throws IOException {
        server = ScriptedServer.start();
        api = TestClients.builderFor(server)
                .responseListener((operation, status, rateLimit) -> heardStatuses.add(status))
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
            "400, BAD_REQUEST, false",
            "401, UNAUTHORIZED, false",
            "403, FORBIDDEN, false",
            "404, NOT_FOUND, false",
            "420, RATE_LIMITED, false",
            "429, RATE_LIMITED, false",
            "500, SERVER_ERROR, true",
            "503, SERVER_ERROR, true",
            "418, UNEXPECTED, false"})
    void anErrorStatusMapsToItsKindWithErrorsRateLimitAndTrace(int status, Kind kind, boolean retryable) {
        server.enqueue(json(status, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"CODE_" + status
                + "\",\"message\":\"Message " + status + "\"},{\"code\":\"OTHER\"}]}")
                .withHeader(RateLimitInfo.LIMIT_HEADER, "1000")
                .withHeader(RateLimitInfo.REMAINING_HEADER, "0")
                .withHeader(RateLimitInfo.UNTIL_HEADER, UNTIL)
                .withHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getChat(7));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.operation()).isEqualTo(ApiOperation.GET_CHAT);
        assertThat(e.errors()).containsExactly(new ApiError("CODE_" + status, "Message " + status),
                new ApiError("OTHER", null));
        assertThat(e.rateLimit()).isEqualTo(new RateLimitInfo(1000L, 0L, Instant.parse("2026-07-02T00:42:42Z")));
        assertThat(e.traceId()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(e.retryable()).isEqualTo(retryable);
        assertThat(e.outcomeUncertain()).isFalse();
        assertThat(e.inputProblem()).isNull();
        assertThat(e.getMessage()).contains("getChat", "HTTP " + status, "CODE_" + status, "Message " + status);
        assertThat(heardStatuses).containsExactly(status);
    }

    @Test
    void rateLimitedAnswerCarriesTheUntilOfTheDocsExampleDespiteItsWrongWeekday() {
        server.enqueue(json(420, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"LIMIT_EXCEEDED\","
                + "\"message\":\"Hit rate limit of 1000 requests per 1 hour for resource R\"}]}")
                .withHeader(RateLimitInfo.UNTIL_HEADER, "Thu, 10 Jul 2018 00:42:42 GMT"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.sendMessage(7, "hi"));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.rateLimit().until()).isEqualTo(Instant.parse("2018-07-10T00:42:42Z"));
        assertThat(e.rateLimit().limit()).isNull();
        assertThat(e.errors()).extracting(ApiError::code).containsExactly("LIMIT_EXCEEDED");
    }

    @Test
    void aNonJsonErrorBodyStillGivesTheKindWithNoErrors() {
        server.enqueue(ScriptedServer.raw(502, "text/html",
                "<html><body>Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8)));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getChat(7));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.errors()).isEmpty();
        assertThat(e.rateLimit()).isEqualTo(RateLimitInfo.NONE);
        assertThat(e.traceId()).isNull();
    }

    @Test
    void anEmptyErrorBodyStillGivesTheKind() {
        server.enqueue(ScriptedServer.raw(404, "application/json", new byte[0]));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getChat(7));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.errors()).isEmpty();
    }

    @Test
    void aSuccessWhoseBodyCannotBeReadIsUnexpectedAndUncertain() {
        server.enqueue(ScriptedServer.raw(200, "text/html", "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8)));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.sendMessage(7, "hi"));

        assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.outcomeUncertain()).isTrue();
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void aSuccessWithoutTheResultIsUnexpected() {
        server.enqueue(json(200, "{\"status\":\"OK\"}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getChat(7));

        assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(e.httpStatus()).isEqualTo(200);
    }

    @Test
    void aSuccessStatusWithAnErrorEnvelopeIsUnexpectedWithItsErrors() {
        server.enqueue(json(200, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"OTHER\",\"message\":\"m\"}]}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getChat(7));

        assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(e.errors()).containsExactly(new ApiError("OTHER", "m"));
    }

    @Test
    void aRefusedConnectionIsANetworkFailureThatCertainlyDidNotSend() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpChatsApi unreachable = TestClients.builderFor(server)
                .baseUrl(URI.create("http://127.0.0.1:" + closedPort)).build();

        ApiException e = catchThrowableOfType(ApiException.class, () -> unreachable.sendMessage(7, "hi"));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.httpStatus()).isZero();
        assertThat(e.outcomeUncertain()).isFalse();
        assertThat(e.retryable()).isTrue();
        assertThat(e.rateLimit()).isEqualTo(RateLimitInfo.NONE);
        assertThat(heardStatuses).isEmpty();
    }

    @Test
    void aConnectionClosedAfterTheRequestArrivedLeavesTheOutcomeUncertain() {
        server.enqueue(ScriptedServer.closeWithoutAnswer());

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.sendMessage(7, "hi"));

        assertThat(server.onlyRequest().bodyText()).isEqualTo("{\"message\":\"hi\"}");
        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.outcomeUncertain()).isTrue();
        assertThat(e.retryable()).isTrue();
        assertThat(heardStatuses).isEmpty();
    }

    @Test
    void aRequestTimeoutAfterSendingLeavesTheOutcomeUncertain() {
        server.enqueue(ScriptedServer.neverAnswer());
        HttpChatsApi impatient = TestClients.builderFor(server).requestTimeout(Duration.ofMillis(300)).build();

        ApiException e = catchThrowableOfType(ApiException.class, () -> impatient.sendMessage(7, "hi"));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.outcomeUncertain()).isTrue();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theResponseListenerHearsFailuresToo() {
        server.enqueue(json(500, "{\"status\":\"ERROR\"}"), json(200, ok(chatJson(7))));

        catchThrowableOfType(ApiException.class, () -> api.getChat(7));
        api.getChat(7);

        assertThat(heardStatuses).containsExactly(500, 200);
    }

    @Test
    void aFailingResponseListenerDoesNotTurnADeliveredMessageIntoAFailure() throws IOException {
        server.enqueue(ScriptedServer.ok());
        HttpChatsApi withBrokenListener = TestClients.builderFor(server)
                .responseListener((operation, status, rateLimit) -> {
                    throw new IllegalStateException("listener bug");
                })
                .build();

        withBrokenListener.sendMessage(7, "hi");

        assertThat(server.requests()).hasSize(1);
    }
}
