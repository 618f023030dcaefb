package com.marketchats.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiException;
import com.marketchats.api.ApiJson;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.UploadProgressListener;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.sandbox.DemoData;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxState;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The error answers the real client meets through the sandbox (401, 403, 404), and 400 answers to raw
 * bad requests that the client itself refuses to send, all recorded by the proxy: every answer must
 * conform to the spec in strict mode, and so must every request the client sent. The raw bad
 * requests must be the ones the spec rejects too. 420 is in {@link ClientSandboxRateLimitContractTest}.
 */
class ClientSandboxErrorsContractTest {

    private static final long UNKNOWN_CHAT = 7_999_999L;
    private static final long UNKNOWN_BUSINESS = 9_999_999L;

    @RegisterExtension
    static final SharedSandboxRig SHARED = new SharedSandboxRig(SandboxConfig.builder().build(),
            ClientSandboxErrorsContractTest::everyOperationMetItsErrors);

    private SpecContract contract;
    private SandboxBehindProxy rig;
    private SandboxState state;

    @TempDir
    Path folder;

    @BeforeEach
    void useTheSharedRig() {
        contract = SHARED.contract();
        rig = SHARED.rig();
        state = rig.sandbox().state();
    }

    private static void everyOperationMetItsErrors(Map<String, SortedSet<Integer>> seen) {
        for (String read : List.of("getChats", "getChat", "getChatHistory", "getChatMessage")) {
            assertThat(seen.get(read)).as(read).contains(401, 404);
        }
        for (String write : List.of("createChat", "sendMessageToChat", "sendFileToChat")) {
            assertThat(seen.get(write)).as(write).contains(401, 403, 404);
        }
    }

    @Test
    void aWrongKeyGets401FromEveryOperation() throws IOException {
        HttpChatsApi client = rig.client(ApiCredentials.apiKey("ACMA:NoSuchKeyInThisSandbox0000000000:0badc0de"));
        Path file = Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        for (ThrowingCallable call : everyOperation(client, 7_000_001L, file)) {
            expect(call, 401, "UNAUTHORIZED");
        }
    }

    @Test
    void anUnknownOAuthTokenGets403() {
        HttpChatsApi client = rig.client(ApiCredentials.oauth("y0_NoSuchOAuthTokenInThisSandbox000000"));

        ApiException refused = expect(() -> client.getChats(GetChatsRequest.ALL, null, 20), 403, "FORBIDDEN");

        assertThat(refused.errors().get(0).message()).isEqualTo("OAuth token is invalid");
    }

    @Test
    void theReadOnlyKeyReadsButGets403OnEachWriteAndChangesNothing() throws IOException {
        HttpChatsApi client = rig.client(ApiCredentials.apiKey(rig.sandbox().readOnlyApiKey()));
        Path file = Files.write(folder.resolve("receipt.pdf"), "%PDF-1.4\n%%EOF\n".getBytes());
        int chats = state.chats(rig.businessId()).size();
        long messages = state.messageCount();

        assertThat(client.getChat(7_000_001L).chatId()).isEqualTo(7_000_001L);
        assertThat(client.getChatHistory(7_000_001L, null, null, 100).messages()).isNotEmpty();
        expect(() -> client.createChat(ChatContext.order(DemoData.ORDERS_WITHOUT_CHAT.get(1))),
                403, "FORBIDDEN");
        expect(() -> client.sendMessage(7_000_001L, "Ответ с ключом только для чтения"), 403, "FORBIDDEN");
        ApiException upload = expect(() -> client.sendFile(7_000_001L, file, UploadProgressListener.NONE),
                403, "FORBIDDEN");

        assertThat(upload.errors().get(0).message())
                .isEqualTo("Token does not have any of the scopes to access the API method");
        assertThat(state.chats(rig.businessId())).hasSize(chats);
        assertThat(state.messageCount()).isEqualTo(messages);
    }

    @Test
    void unknownChatsMessagesOrdersReturnsAndBusinessesGet404() throws IOException {
        HttpChatsApi client = rig.client();
        Path file = Files.write(folder.resolve("label.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        long messages = state.messageCount();

        expect(() -> client.getChat(UNKNOWN_CHAT), 404, "NOT_FOUND");
        expect(() -> client.getChatHistory(UNKNOWN_CHAT, null, null, 50), 404, "NOT_FOUND");
        expect(() -> client.getAllHistory(UNKNOWN_CHAT, 1L), 404, "NOT_FOUND");
        expect(() -> client.getChatMessage(UNKNOWN_CHAT, 1), 404, "NOT_FOUND");
        expect(() -> client.getChatMessage(7_000_001L, 1), 404, "NOT_FOUND");
        expect(() -> client.sendMessage(UNKNOWN_CHAT, "Здравствуйте!"), 404, "NOT_FOUND");
        expect(() -> client.sendFile(UNKNOWN_CHAT, file, UploadProgressListener.NONE), 404, "NOT_FOUND");
        expect(() -> client.createChat(ChatContext.order(1)), 404, "NOT_FOUND");
        expect(() -> client.createChat(ChatContext.returnOf(1)), 404, "NOT_FOUND");
        HttpChatsApi stranger = rig.client(UNKNOWN_BUSINESS, ApiCredentials.apiKey(rig.sandbox().demoApiKey()));
        for (ThrowingCallable call : everyOperation(stranger, 7_000_001L, file)) {
            expect(call, 404, "NOT_FOUND");
        }

        assertThat(state.messageCount()).isEqualTo(messages);
    }

    /**
     * A bad request the client never sends, raw through a proxy of its own: the sandbox answers 400
     * in the spec's error shape, and the spec rejects the request as well (but for an unreadable page
     * token, which only the server can judge).
     */
    @Test
    void rawBadRequestsGet400InTheSpecsErrorShape() throws IOException, InterruptedException {
        record Bad(String method, String rest, String body, boolean requestValidBySpec) {
        }
        List<Bad> requests = List.of(
                new Bad("POST", "chats?limit=21", "{}", false),
                new Bad("POST", "chats", "{\"statuses\":[]}", false),
                new Bad("POST", "chats", "{\"statuses\":[\"ARCHIVED\"]}", false),
                new Bad("POST", "chats?pageToken=garbage!!", "{}", true),
                new Bad("GET", "chat", null, false),
                new Bad("POST", "chats/history?chatId=7000001", "{\"messageIdFrom\":0}", false),
                new Bad("POST", "chats/message?chatId=7000001", "{\"message\":\"\"}", false),
                new Bad("POST", "chats/message?chatId=7000001", "{\"message\":\"Добрый", false),
                new Bad("POST", "chats/new", "{\"context\":{\"type\":\"DIRECT\",\"id\":1}}", false));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<RecordedExchange> exchanges;
        try (RecordingProxy rawProxy = RecordingProxy.start(URI.create(rig.sandbox().baseUrl()))) {
            for (Bad bad : requests) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rawProxy.baseUri()
                                + "/v2/businesses/" + rig.businessId() + "/" + bad.rest()))
                        .header("Api-Key", rig.sandbox().demoApiKey());
                request = bad.body() == null ? request.GET() : request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bad.body()));
                assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                        .as(bad.toString()).isEqualTo(400);
            }
            assertThat(rawProxy.failures()).isEmpty();
            exchanges = rawProxy.exchanges();
        }

        assertThat(exchanges).hasSameSizeAs(requests);
        for (int i = 0; i < requests.size(); i++) {
            RecordedExchange exchange = exchanges.get(i);
            ValidationResult answer = contract.validateResponse(exchange);
            assertThat(answer.isValid()).as(answer.describe()).isTrue();
            JsonNode body = ApiJson.mapper().readTree(exchange.responseBody());
            assertThat(body.path("status").asText()).isEqualTo("ERROR");
            assertThat(body.path("errors").get(0).path("code").asText()).isEqualTo("BAD_REQUEST");
            ValidationResult request = contract.validateRequest(exchange);
            assertThat(request.isValid()).as(request.describe()).isEqualTo(requests.get(i).requestValidBySpec());
        }
        SandboxBehindProxy.assertRateLimitHeaders(exchanges);
        SandboxBehindProxy.report("ClientSandboxErrorsContractTest (raw bad requests, answers only)", contract, exchanges);
    }

    /** One call of each of the seven operations, each meant to fail the same way. */
    private static List<ThrowingCallable> everyOperation(HttpChatsApi client, long chatId, Path file) {
        return List.of(
                () -> client.getChats(GetChatsRequest.ALL, null, 20),
                () -> client.getChat(chatId),
                () -> client.getChatHistory(chatId, null, null, 100),
                () -> client.getChatMessage(chatId, 90_000_001L),
                () -> client.createChat(ChatContext.order(51_234_567_801L)),
                () -> client.sendMessage(chatId, "Добрый день!"),
                () -> client.sendFile(chatId, file, UploadProgressListener.NONE));
    }

    /** The call fails with this HTTP status, an {@code errors[]} entry of this code and the rate-limit headers. */
    private static ApiException expect(ThrowingCallable call, int status, String code) {
        ApiException failure = catchThrowableOfType(ApiException.class, call);
        assertThat(failure).as("expected HTTP " + status).isNotNull();
        assertThat(failure.httpStatus()).as(failure.getMessage()).isEqualTo(status);
        assertThat(failure.kind()).isEqualTo(ApiException.Kind.ofStatus(status));
        assertThat(failure.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.code()).isEqualTo(code));
        assertThat(failure.rateLimit().isEmpty()).isFalse();
        assertThat(failure.operation()).isNotNull();
        return failure;
    }
}
