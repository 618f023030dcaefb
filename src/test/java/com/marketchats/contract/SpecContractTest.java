package com.marketchats.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checker passes what the spec allows and fails what it forbids; exchanges are hand-made from its rules. */
class SpecContractTest {

    private static final String CHATS = "/v2/businesses/42/chats";
    private static final String HISTORY = "/v2/businesses/42/chats/history";
    private static final String MESSAGE = "/v2/businesses/42/chats/message";
    private static final String FILE = "/v2/businesses/42/chats/file/send";
    private static final String OK = "{\"status\":\"OK\"}";

    private static final String CHAT = """
            {"chatId":%s,"context":{"type":"ORDER","orderId":5001,"campaignId":77,
             "customer":{"name":"Anna","publicId":"anna-p"}},"type":"CHAT","status":"%s",
             "createdAt":"2026-03-01T09:15:00+03:00","updatedAt":"2026-03-01T10:20:30.123Z"}""";

    private static final String HISTORY_PAGE = """
            {"status":"OK","result":{"context":{"type":"RETURN","orderId":5001,"returnId":9001},
             "messages":[
              {"messageId":1,"createdAt":"2026-03-01T09:15:00+03:00","sender":"%s","message":"Hello!"},
              {"messageId":2,"createdAt":"2026-03-01T09:16:00Z","sender":"PARTNER",
               "payload":[{"name":"invoice.pdf","url":"https://files.example.test/1","size":2048}]}],
             "paging":{"nextPageToken":"opaque-2"}}%s}""";

    private static SpecContract contract() { // skips the test when the spec is absent
        return SpecContract.loadOrSkip();
    }

    private static RecordedExchange.Builder getChats(String query, String body) {
        return RecordedExchange.request("POST", CHATS + query).apiKey("ACMA:test:key").json(body);
    }

    private static String chatsPage(String chat) {
        return "{\"status\":\"OK\",\"result\":{\"chats\":[" + chat + "],\"paging\":{}}}";
    }

    @Test
    void correctGetChatsExchangePasses() {
        RecordedExchange exchange = getChats("?limit=20&pageToken=abc", "{\"statuses\":[\"WAITING_FOR_PARTNER\"]}")
                .respondJson(200, chatsPage(CHAT.formatted(101, "WAITING_FOR_PARTNER"))).build();

        ValidationResult result = contract().validate(exchange);

        assertThat(result.problems()).isEmpty();
        assertThat(result.operationId()).isEqualTo("getChats");
        contract().assertValid(exchange);
    }

    @Test
    void getChatsLimitAboveTwentyFails() {
        ValidationResult result = contract().validateRequest(getChats("?limit=21", "{}").build());

        assertThat(result.errorKeys()).containsExactly("validation.request.parameter.schema.maximum");
        assertThat(result.errors().get(0).message()).startsWith("[query parameter 'limit']");
    }

    @Test
    void emptyStatusFilterFails() {
        ValidationResult result = contract().validateRequest(getChats("", "{\"statuses\":[]}").build());

        assertThat(result.errorKeys()).containsExactly("validation.request.body.schema.minItems");
    }

    @Test
    void unknownFieldInRequestBodyFails() {
        ValidationResult result = contract().validateRequest(getChats("", "{\"chatIds\":[1]}").build());

        assertThat(result.errorKeys()).containsExactly("validation.request.body.schema.additionalProperties");
    }

    @Test
    void messageLongerThan4096CharactersFails() {
        String longest = "я".repeat(4096);
        RecordedExchange.Builder ok = RecordedExchange.request("POST", MESSAGE + "?chatId=7").apiKey("k")
                .json("{\"message\":\"" + longest + "\"}");
        RecordedExchange.Builder tooLong = RecordedExchange.request("POST", MESSAGE + "?chatId=7").apiKey("k")
                .json("{\"message\":\"" + longest + "!\"}");

        assertThat(contract().validateRequest(ok.build()).problems()).isEmpty();
        assertThat(contract().validateRequest(tooLong.build()).errorKeys())
                .containsExactly("validation.request.body.schema.maxLength");
    }

    @Test
    void requestWithoutCredentialsFails() {
        RecordedExchange anonymous = RecordedExchange.request("POST", CHATS).json("{}").build();
        RecordedExchange bearerApiKey = RecordedExchange.request("POST", CHATS).json("{}")
                .header("Api-Key", "Bearer ACMA:x").build();
        RecordedExchange oauth = RecordedExchange.request("POST", CHATS).json("{}")
                .header("Authorization", "Bearer y0_oauth").build();

        assertThat(contract().validateRequest(anonymous).errorKeys()).containsExactly(ExtraChecks.AUTH_MISSING);
        assertThat(contract().validateRequest(bearerApiKey).errorKeys()).containsExactly(ExtraChecks.AUTH_INVALID);
        assertThat(contract().validateRequest(oauth).problems()).isEmpty();
    }

    @Test
    void missingRequiredChatIdFails() {
        RecordedExchange exchange = RecordedExchange.request("POST", MESSAGE).apiKey("k")
                .json("{\"message\":\"hi\"}").build();

        ValidationResult result = contract().validateRequest(exchange);

        assertThat(result.errorKeys()).containsExactly("validation.request.parameter.query.missing");
        assertThat(result.errors().get(0).message()).contains("chatId");
    }

    @Test
    void operationsResolveIncludingBothMethodsOfChatsMessage() {
        assertThat(contract().operationId("GET", MESSAGE)).hasValue("getChatMessage");
        assertThat(contract().operationId("POST", MESSAGE)).hasValue("sendMessageToChat");
        assertThat(contract().operationId("GET", "/v2/businesses/9000000001/chat")).hasValue("getChat");
        assertThat(contract().operationId("POST", "/v2/businesses/42/chats/new")).hasValue("createChat");
        assertThat(contract().operationId("POST", FILE)).hasValue("sendFileToChat");
        assertThat(contract().operationId("POST", "/businesses/42/chats")).isEmpty();
        assertThat(contract().operationId("DELETE", MESSAGE)).isEmpty();

        RecordedExchange getMessage = RecordedExchange.request("GET", MESSAGE + "?chatId=7&messageId=1")
                .apiKey("k").respondJson(200, "{\"status\":\"OK\",\"result\":{\"messageId\":1,"
                        + "\"createdAt\":\"2026-03-01T09:15:00Z\",\"sender\":\"MARKET\",\"payload\":null}}").build();
        contract().assertValid(getMessage);
        assertThat(contract().validateRequest(RecordedExchange.request("GET", MESSAGE + "?chatId=7").apiKey("k")
                .build()).errorKeys()).containsExactly("validation.request.parameter.query.missing");
    }

    @Test
    void validHistoryResponsePasses() {
        RecordedExchange exchange = RecordedExchange.request("POST", HISTORY + "?chatId=7&limit=100").apiKey("k")
                .json("{\"messageIdFrom\":1}").respondJson(200, HISTORY_PAGE.formatted("CUSTOMER", "")).build();

        assertThat(contract().validate(exchange).problems()).isEmpty();
    }

    @Test
    void unknownResponseFieldsPass() {
        String extraTop = HISTORY_PAGE.formatted("CUSTOMER", ",\"traceId\":\"abc\"");
        String extraNested = chatsPage(CHAT.formatted(101, "NEW").replace("\"chatId\"", "\"pinned\":true,\"chatId\""));

        assertThat(contract().validateResponse("POST", HISTORY, 200, json(), bytes(extraTop)).problems()).isEmpty();
        assertThat(contract().validateResponse("POST", CHATS, 200, json(), bytes(extraNested)).problems()).isEmpty();
    }

    @Test
    void responseMissingRequiredFieldFails() {
        String noChatId = chatsPage(CHAT.formatted(101, "NEW").replace("\"chatId\":101,", ""));

        ValidationResult result = contract().validateResponse("POST", CHATS, 200, json(), bytes(noChatId));

        assertThat(result.errorKeys()).containsExactly("validation.response.body.schema.required");
        assertThat(result.errors().get(0).message()).contains("chatId").contains("/result/chats/0");
    }

    @Test
    void unknownEnumValueFailsWhenStrictAndWarnsWhenTolerant() {
        byte[] body = bytes(chatsPage(CHAT.formatted(101, "WAITING_FOR_ROBOT")));
        SpecContract tolerant = contract().inMode(SpecContract.Mode.TOLERANT_ENUMS);

        ValidationResult strictResult = contract().validateResponse("POST", CHATS, 200, json(), body);
        ValidationResult tolerantResult = tolerant.validateResponse("POST", CHATS, 200, json(), body);

        assertThat(strictResult.errorKeys()).containsExactly("validation.response.body.schema.enum");
        assertThat(tolerantResult.isValid()).isTrue();
        assertThat(tolerantResult.warningKeys()).containsExactly("validation.response.body.schema.enum");
        assertThat(tolerantResult.warnings().get(0).message()).contains("WAITING_FOR_ROBOT");
        assertThat(tolerant.inMode(SpecContract.Mode.STRICT)).isSameAs(contract());
        assertThat(contract().inMode(SpecContract.Mode.TOLERANT_ENUMS)).isSameAs(tolerant);
    }

    @Test
    void tolerantModeStillRejectsUnknownEnumsInRequests() {
        ValidationResult result = contract().inMode(SpecContract.Mode.TOLERANT_ENUMS)
                .validateRequest(getChats("", "{\"types\":[\"GROUP\"]}").build());

        assertThat(result.errorKeys()).containsExactly("validation.request.body.schema.enum");
    }

    @Test
    void unauthorizedErrorResponsePasses() {
        RecordedExchange exchange = RecordedExchange.request("POST", CHATS).apiKey("revoked").json("{}")
                .respondJson(401, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"UNAUTHORIZED\","
                        + "\"message\":\"Api-Key token is invalid\"}]}").build();

        assertThat(contract().validate(exchange).problems()).isEmpty();
    }

    @Test
    void responseProblemsAreReported() {
        assertThat(contract().validateResponse("POST", MESSAGE, 200, json(), bytes("{\"result\":{}}")).errorKeys())
                .containsExactly("validation.response.body.schema.required");
        assertThat(contract().validateResponse("POST", MESSAGE, 503, json(), bytes(OK)).errorKeys())
                .containsExactly("validation.response.status.unknown");
        assertThat(contract().validateResponse("POST", MESSAGE, 200, Map.of(), bytes(OK)).errorKeys())
                .containsExactly(ExtraChecks.RESPONSE_CONTENT_TYPE_MISSING);
        assertThat(contract().validateResponse("POST", MESSAGE, 200,
                Map.of("content-type", List.of("application/json;charset=utf-8")), bytes(OK))
                .problems()).isEmpty();
    }

    @Test
    void multipartFileUploadPassesAndItsPathAndQueryAreChecked() {
        byte[] body = multipart("b0undary", "file", "photo.jpg", binary(3000));
        String type = "multipart/form-data; boundary=b0undary";

        RecordedExchange upload = RecordedExchange.request("POST", FILE + "?chatId=7").apiKey("k")
                .body(body, type).respondJson(200, OK).build();
        RecordedExchange badQuery = RecordedExchange.request("POST", FILE + "?chatId=0").apiKey("k")
                .body(body, type).build();
        RecordedExchange badPath = RecordedExchange.request("POST", "/v2/businesses/x/chats/file/send?chatId=7")
                .apiKey("k").body(body, type).build();
        RecordedExchange wrongPart = RecordedExchange.request("POST", FILE + "?chatId=7").apiKey("k")
                .body(multipart("b0undary", "attachment", "a.bin", binary(10)), type).build();
        RecordedExchange unterminated = RecordedExchange.request("POST", FILE + "?chatId=7").apiKey("k")
                .body(Arrays.copyOf(body, body.length - 4), type).build();

        assertThat(contract().validate(upload).problems()).isEmpty();
        assertThat(contract().validate(upload).operationId()).isEqualTo("sendFileToChat");
        assertThat(contract().validateRequest(badQuery).errorKeys())
                .containsExactly("validation.request.parameter.schema.minimum");
        assertThat(contract().validateRequest(badPath).errorKeys())
                .containsExactly("validation.request.parameter.schema.type");
        assertThat(contract().validateRequest(wrongPart).errorKeys())
                .containsExactly(MultipartCheck.PART_MISSING, MultipartCheck.PART_UNEXPECTED);
        assertThat(contract().validateRequest(unterminated).errorKeys()).containsExactly(MultipartCheck.INVALID);
    }

    @Test
    void multipartFileOverFiveMegabytesFails() {
        int limit = (int) MultipartCheck.MAX_FILE_BYTES;
        String type = "multipart/form-data; boundary=\"q-b\"";
        RecordedExchange largest = RecordedExchange.request("POST", FILE + "?chatId=7").apiKey("k")
                .body(multipart("q-b", "file", "big.pdf", binary(limit)), type).build();
        RecordedExchange tooLarge = RecordedExchange.request("POST", FILE + "?chatId=7").apiKey("k")
                .body(multipart("q-b", "file", "big.pdf", binary(limit + 1)), type).build();

        assertThat(contract().validateRequest(largest).problems()).isEmpty();
        assertThat(contract().validateRequest(tooLarge).errorKeys()).containsExactly(MultipartCheck.PART_TOO_LARGE);
    }

    @Test
    void assertValidListsEveryProblem() {
        SpecContract contract = contract();
        RecordedExchange broken = RecordedExchange.request("POST", CHATS + "?limit=0").json("{\"statuses\":[]}")
                .respondJson(200, chatsPage(CHAT.formatted(0, "NEW"))).build();

        assertThatThrownBy(() -> contract.assertValid(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST " + CHATS + "?limit=0 -> 200")
                .hasMessageContaining("getChats")
                .hasMessageContaining("request: [validation.request.parameter.schema.minimum]")
                .hasMessageContaining("request: [validation.request.body.schema.minItems]")
                .hasMessageContaining("request: [" + ExtraChecks.AUTH_MISSING + "]")
                .hasMessageContaining("response: [validation.response.body.schema.minimum]");
        assertThatThrownBy(() -> contract.assertAllValid(List.of()))
                .hasMessageContaining("No exchanges");
    }

    @Test
    void absentSpecFolderLoadsNothing(@TempDir Path empty) {
        assertThat(SpecContract.load(empty)).isEmpty();
        assertThat(SpecContract.load(empty.resolve("missing"))).isEmpty();
    }

    private static Map<String, List<String>> json() {
        return Map.of("Content-Type", List.of("application/json"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (i * 31 + 7); // every byte value, CR and LF included
        }
        return data;
    }

    private static byte[] multipart(String boundary, String name, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        out.writeBytes(content);
        out.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
        return out.toByteArray();
    }
}
