package com.marketchats.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marketchats.api.ScriptedServer.Recorded;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.GetChatsRequest;
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
import java.util.Map;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.chatJson;
import static com.marketchats.api.TestClients.messageJson;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the client against the official spec in the shared reference folder: the operations and
 * limits it hard-codes, and every request it sends. Skipped, with a message, where the folder is absent.
 */
class SpecContractTest {

    private static final String SPEC_FILE = "yandex-market-partner-openapi-chats.yaml";

    private static Path spec;
    private static JsonNode specTree;

    @TempDir
    Path folder;

    private ScriptedServer server;

    @BeforeAll
    static void loadSpec() throws IOException {
        String dir = System.getProperty("marketchats.spec.dir", "../shared/reference");
        spec = Path.of(dir, SPEC_FILE).toAbsolutePath();
        assumeTrue(Files.isRegularFile(spec), "The official spec " + spec + " is absent: contract checks skipped");
        specTree = new YAMLMapper().readTree(spec.toFile());
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
    void everyOperationHasTheSpecsIdMethodPathAndHourlyLimit() {
        List<String> specOperations = new ArrayList<>();
        specTree.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> specOperations.add(method.getValue().get("operationId").asText())));
        assertThat(ApiOperation.values()).extracting(ApiOperation::operationId)
                .containsExactlyInAnyOrderElementsOf(specOperations);

        for (ApiOperation operation : ApiOperation.values()) {
            JsonNode node = specTree.path("paths").path(operation.pathTemplate()).path(operation.httpMethod().toLowerCase());
            assertThat(node.path("operationId").asText()).as(operation.name()).isEqualTo(operation.operationId());
            JsonNode limits = node.path("x-resource-limit-config");
            for (String tariff : List.of("none", "medium")) {
                assertThat(limits.path(tariff).path("amount").asInt()).as(operation + " " + tariff)
                        .isEqualTo(operation.hourlyLimit());
                assertThat(limits.path(tariff).path("period").asText()).isEqualTo("hours");
                assertThat(limits.path(tariff).path("period-duration").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void theLimitsAreTheSpecs() {
        JsonNode components = specTree.path("components");
        assertThat(components.path("parameters").path("PageLimit20").path("schema").path("maximum").asInt())
                .isEqualTo(ApiLimits.MAX_CHATS_PAGE_LIMIT);
        assertThat(components.path("parameters").path("PageLimit100").path("schema").path("maximum").asInt())
                .isEqualTo(ApiLimits.MAX_HISTORY_PAGE_LIMIT);
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

        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(spec.toUri().toString()).build();
        for (Recorded request : server.requests()) {
            ValidationReport report = validator.validateRequest(toValidatorRequest(request));
            assertThat(report.getMessages()).as(request.method() + " " + request.path()).isEmpty();
            // The validator lets a request without credentials pass (OAuth is an alternative it cannot check).
            assertThat(request.header("Api-Key")).isEqualTo(TestClients.API_KEY);
        }
        assertThat(server.requests()).hasSize(8);
    }

    @Test
    void theValidatorDoesCatchWhatTheClientRefusesToSend() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(spec.toUri().toString()).build();

        ValidationReport report = validator.validateRequest(SimpleRequest.Builder.post("/v2/businesses/42/chats")
                .withContentType("application/json")
                .withHeader("Api-Key", TestClients.API_KEY)
                .withQueryParam("limit", "21")
                .withBody("{\"statuses\":[]}")
                .build());

        assertThat(report.getMessages()).extracting(ValidationReport.Message::getMessage)
                .anySatisfy(message -> assertThat(message).contains("maximum: 20, found: 21"))
                .anySatisfy(message -> assertThat(message).contains("/statuses", "at least 1"));
    }

    private static SimpleRequest toValidatorRequest(Recorded recorded) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(recorded.method(), recorded.path());
        recorded.headers().forEach(builder::withHeader);
        for (Map.Entry<String, String> param : recorded.query().entrySet()) {
            builder.withQueryParam(param.getKey(), param.getValue());
        }
        if (recorded.body().length > 0) {
            builder.withBody(recorded.body());
        }
        return builder.build();
    }
}
