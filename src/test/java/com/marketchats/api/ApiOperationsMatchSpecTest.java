package com.marketchats.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marketchats.api.ScriptedServer.Recorded;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.contract.RecordedExchange;
import com.marketchats.contract.SpecContract;
import com.marketchats.contract.ValidationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.chatJson;
import static com.marketchats.api.TestClients.messageJson;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the client against the official spec in the shared reference folder: the operations and
 * limits it hard-codes match the spec's YAML, and every request it sends passes the project's spec
 * checker ({@link SpecContract}). Skipped, with a message, where the folder is absent.
 */
class ApiOperationsMatchSpecTest {

    private static final String READ_ONLY_SCOPE = "all-methods:read-only";

    private static SpecContract contract;
    private static JsonNode specTree;

    @TempDir
    Path folder;

    private ScriptedServer server;

    @BeforeAll
    static void loadSpec() throws IOException {
        contract = SpecContract.loadOrSkip();
        specTree = new YAMLMapper().readTree(contract.file().toFile());
    }

    @BeforeEach
    void start() throws IOException {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyOperationHasTheSpecsIdMethodPathHourlyLimitAndScopes() {
        List<String> specOperations = new ArrayList<>();
        specTree.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> specOperations.add(method.getValue().get("operationId").asText())));
        assertThat(ApiOperation.values()).extracting(ApiOperation::operationId)
                .containsExactlyInAnyOrderElementsOf(specOperations);

        for (ApiOperation operation : ApiOperation.values()) {
            JsonNode node = specTree.path("paths").path(operation.pathTemplate())
                    .path(operation.httpMethod().toLowerCase(Locale.ROOT));
            assertThat(node.path("operationId").asText()).as(operation.name()).isEqualTo(operation.operationId());
            JsonNode limits = node.path("x-resource-limit-config");
            for (String tariff : List.of("none", "medium")) {
                assertThat(limits.path(tariff).path("amount").asInt()).as(operation + " " + tariff)
                        .isEqualTo(operation.hourlyLimit());
                assertThat(limits.path(tariff).path("period").asText()).isEqualTo("hours");
                assertThat(limits.path(tariff).path("period-duration").asInt()).isEqualTo(1);
            }
            List<String> scopes = new ArrayList<>();
            node.path("x-auth-scopes").forEach(scope -> scopes.add(scope.asText()));
            assertThat(scopes).as(operation + " x-auth-scopes").contains("communication");
            assertThat(operation.isWrite()).as(operation + " writes").isEqualTo(!scopes.contains(READ_ONLY_SCOPE));
        }
    }

    @Test
    void theLimitsAreTheSpecs() {
        JsonNode components = specTree.path("components");
        JsonNode chatsLimit = components.path("parameters").path("PageLimit20").path("schema");
        JsonNode historyLimit = components.path("parameters").path("PageLimit100").path("schema");
        assertThat(chatsLimit.path("maximum").asInt()).isEqualTo(ApiLimits.MAX_CHATS_PAGE_LIMIT);
        assertThat(chatsLimit.path("default").asInt()).isEqualTo(ApiLimits.DEFAULT_CHATS_PAGE_LIMIT);
        assertThat(historyLimit.path("maximum").asInt()).isEqualTo(ApiLimits.MAX_HISTORY_PAGE_LIMIT);
        assertThat(historyLimit.path("default").asInt()).isEqualTo(ApiLimits.DEFAULT_HISTORY_PAGE_LIMIT);
        assertThat(components.path("schemas").path("SendMessageToChatRequest").path("properties").path("message")
                .path("maxLength").asInt()).isEqualTo(ApiLimits.MAX_MESSAGE_LENGTH);
        // The file limit exists only as prose ("Максимальный размер файла — 5 Мбайт").
        assertThat(components.path("schemas").path("SendFileToChatRequest").path("properties").path("file")
                .path("description").asText()).contains("5 Мбайт");
    }

    @Test
    void everyRequestTheClientSendsIsValidAgainstTheSpec() throws IOException {
        HttpChatsApi api = TestClients.clientFor(server);
        server.enqueue(
                json(200, ok("{\"chatId\":9}")),
                json(200, ok(chatJson(7))),
                json(200, ok("{\"context\":{\"type\":\"ORDER\"},\"messages\":[]}")),
                json(200, ok(messageJson(1001))),
                json(200, ok("{\"chats\":[]}")),
                json(200, ok("{\"chats\":[]}")),
                ScriptedServer.ok(),
                ScriptedServer.ok());

        api.createChat(ChatContext.returnOf(31));
        api.getChat(7);
        api.getChatHistory(7, 1001L, "token", 100);
        api.getChatMessage(7, 1001);
        api.getChats(GetChatsRequest.ALL, null, 20);
        api.getChats(GetChatsRequest.withStatuses(List.of(ChatStatus.WAITING_FOR_PARTNER, ChatStatus.NEW)), "t", 1);
        api.sendMessage(7, "Добрый день!");
        api.sendFile(7, Files.write(folder.resolve("a.png"), new byte[] {1, 2}), UploadProgressListener.NONE);

        List<String> operations = new ArrayList<>();
        for (Recorded request : server.requests()) {
            ValidationResult result = contract.validateRequest(request.method(), request.path(), request.rawQuery(),
                    request.headers(), request.body(), null);
            assertThat(result.problems()).as(result.describe()).isEmpty();
            operations.add(result.operationId());
            // The checker wants some credentials; the client must send exactly its own key.
            assertThat(request.header("Api-Key")).isEqualTo(TestClients.API_KEY);
        }
        assertThat(operations).containsExactly("createChat", "getChat", "getChatHistory", "getChatMessage",
                "getChats", "getChats", "sendMessageToChat", "sendFileToChat");
    }

    @Test
    void theCheckerCatchesWhatTheClientRefusesToSend() {
        ValidationResult result = contract.validateRequest(RecordedExchange.request("POST", "/v2/businesses/42/chats?limit=21")
                .apiKey(TestClients.API_KEY)
                .json("{\"statuses\":[]}")
                .build());

        assertThat(result.errorKeys()).contains("validation.request.parameter.schema.maximum",
                "validation.request.body.schema.minItems");
        assertThat(result.errors()).extracting(ValidationResult.Problem::message)
                .anySatisfy(message -> assertThat(message).contains("maximum: 20, found: 21"))
                .anySatisfy(message -> assertThat(message).contains("/statuses", "at least 1"));
    }
}
