package com.marketchats.sandbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.RateLimitInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every input the spec rules out gets 400 in the API's error shape, with the rate-limit headers. */
class BadRequestTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.builder().limitsEnabled(false).build());
        http = new SandboxHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> invalidRequests() {
        String longText = "я".repeat(ApiLimits.MAX_MESSAGE_LENGTH + 1);
        String historyToken = PageToken.encode(PageToken.HISTORY, 7_000_002L, 1L);
        return Stream.of(
                arguments("POST", "chats?limit=0", "{}", "'limit' must be between 1 and 20"),
                arguments("POST", "chats?limit=21", "{}", "Limit exceeded"),
                arguments("POST", "chats?limit=-3", "{}", "'limit' must be between 1 and 20"),
                arguments("POST", "chats?limit=ten", "{}", "'limit' must be an integer"),
                arguments("POST", "chats?limit=99999999999", "{}", "Limit exceeded"),
                arguments("POST", "chats/history?chatId=7000001&limit=0", "{}", "'limit' must be between 1 and 100"),
                arguments("POST", "chats/history?chatId=7000001&limit=101", "{}", "Limit exceeded"),
                arguments("GET", "chat", null, "Missing required parameter 'chatId'"),
                arguments("GET", "chat?chatId=0", null, "'chatId' must be at least 1"),
                arguments("GET", "chat?chatId=-5", null, "'chatId' must be at least 1"),
                arguments("GET", "chat?chatId=abc", null, "'chatId' must be an integer"),
                arguments("POST", "chats/history", "{}", "Missing required parameter 'chatId'"),
                arguments("GET", "chats/message?chatId=7000001", null, "Missing required parameter 'messageId'"),
                arguments("GET", "chats/message?chatId=7000001&messageId=0", null, "'messageId' must be at least 1"),
                arguments("GET", "chats/message?messageId=90000001", null, "Missing required parameter 'chatId'"),
                arguments("POST", "chats/message", "{\"message\":\"Добрый день\"}", "Missing required parameter 'chatId'"),
                arguments("POST", "chats/message?chatId=7000001", "{}", "Missing field 'message'"),
                arguments("POST", "chats/message?chatId=7000001", "{\"message\":null}", "Missing field 'message'"),
                arguments("POST", "chats/message?chatId=7000001", "{\"message\":\"\"}", "between 1 and 4096"),
                arguments("POST", "chats/message?chatId=7000001", "{\"message\":\"" + longText + "\"}", "between 1 and 4096"),
                arguments("POST", "chats/message?chatId=7000001", "{\"message\":42}", "must be a string"),
                arguments("POST", "chats/message?chatId=7000001", "{\"message\":\"Добрый", "Malformed JSON"),
                arguments("POST", "chats/message?chatId=7000001", "{\"message\":\"a\"} {}", "Malformed JSON"),
                arguments("POST", "chats", "", "Request body is missing"),
                arguments("POST", "chats", "[]", "must be a JSON object"),
                arguments("POST", "chats", "{\"statuses\":[]}", "'statuses' must contain at least 1 item"),
                arguments("POST", "chats", "{\"types\":[]}", "'types' must contain at least 1 item"),
                arguments("POST", "chats", "{\"contextTypes\":[]}", "'contextTypes' must contain at least 1 item"),
                arguments("POST", "chats", "{\"contexts\":[]}", "'contexts' must contain at least 1 item"),
                arguments("POST", "chats", "{\"orderIds\":[]}", "'orderIds' must contain at least 1 item"),
                arguments("POST", "chats", "{\"statuses\":\"NEW\"}", "'statuses' must be an array"),
                arguments("POST", "chats", "{\"statuses\":[\"NEW\",\"NEW\"]}", "unique items"),
                arguments("POST", "chats", "{\"statuses\":[\"ARCHIVED\"]}", "is not one of"),
                arguments("POST", "chats", "{\"statuses\":[\"UNKNOWN\"]}", "is not one of"),
                arguments("POST", "chats", "{\"contexts\":[{\"type\":\"DIRECT\",\"id\":1}]}", "is not one of ORDER, RETURN"),
                arguments("POST", "chats", "{\"orderIds\":[\"51234567801\"]}", "must be an int64"),
                arguments("POST", "chats/history?chatId=7000001", "{\"messageIdFrom\":0}", "'messageIdFrom' must be at least 1"),
                arguments("POST", "chats/history?chatId=7000001", "{\"messageIdFrom\":\"x\"}", "must be an int64"),
                arguments("POST", "chats/new", "{}", "Missing field 'context'"),
                arguments("POST", "chats/new", "{\"context\":{\"id\":51234567801}}", "Missing field 'context.type'"),
                arguments("POST", "chats/new", "{\"context\":{\"type\":\"ORDER\"}}", "Missing field 'context.id'"),
                arguments("POST", "chats/new", "{\"context\":{\"type\":\"DIRECT\",\"id\":51234567801}}", "is not one of ORDER, RETURN"),
                arguments("POST", "chats/new", "{\"context\":{\"type\":\"PRODUCT\",\"id\":51234567801}}", "is not one of ORDER, RETURN"),
                arguments("POST", "chats/new", "{\"context\":{\"type\":\"ORDER\",\"id\":0}}", "'context.id' must be at least 1"),
                arguments("POST", "chats/new", "{\"context\":\"51234567801\"}", "must be an object"),
                arguments("POST", "chats/new", "{\"orderId\":51234567801,\"context\":{\"type\":\"ORDER\",\"id\":51234567802}}",
                        "name different orders"),
                arguments("POST", "chats?pageToken=garbage!!", "{}", "Invalid page token"),
                arguments("POST", "chats?page_token=Y2hhdHM6MTox", "{}", "Invalid page token"),
                arguments("POST", "chats?pageToken=" + historyToken, "{}", "Invalid page token"),
                arguments("POST", "chats/history?chatId=7000001&pageToken=" + historyToken, "{}", "issued for another chat"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("invalidRequests")
    void isRefusedWith400(String method, String rest, String body, String expectedMessage) {
        HttpRequest.Builder request = http.request(http.path(rest)).header("Api-Key", server.demoApiKey());
        request = method.equals("GET") ? request.GET()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));

        SandboxHttp.Answer answer = http.send(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("status").asText()).isEqualTo("ERROR");
        assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(answer.errorMessage()).contains(expectedMessage);
        assertThat(answer.header(RateLimitInfo.LIMIT_HEADER)).isNotNull();
    }

    @Test
    void aJsonBodyOverHalfAMegabyteIsTooBig() {
        String padding = "x".repeat(ApiLimits.MAX_REQUEST_BODY_BYTES);

        SandboxHttp.Answer answer = http.post("chats/message?chatId=7000001", "{\"message\":\"hi\",\"pad\":\"" + padding + "\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).isEqualTo("The request is too big");
    }

    @Test
    void aBusinessIdThatIsNotAPositiveNumberIsRefused() {
        SandboxHttp.Answer answer = http.send(http.request("/v2/businesses/abc/chats").header("Api-Key", server.demoApiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("'businessId'");
    }

    @Test
    void refusedWritesChangeNothing() {
        int before = server.state().history(7_000_001L).size();

        http.post("chats/message?chatId=7000001", "{\"message\":\"\"}");

        assertThat(server.state().history(7_000_001L)).hasSize(before);
    }
}
