package com.marketchats.api;

import ch.qos.logback.classic.Level;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.GetChatsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.API_KEY;
import static com.marketchats.api.TestClients.KEY_MIDDLE;
import static com.marketchats.api.TestClients.chatJson;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The token never shows in exceptions, toString or logs; message texts never show in logs. */
class SecretsTest extends ScriptedClientFixture {

    private static final String PRIVATE_TEXT = "Buyer's home address is Lenina 5, flat 12";

    @TempDir
    Path folder;

    @Test
    void toStringMasksTheToken() {
        assertThat(ApiCredentials.apiKey(API_KEY).toString()).isEqualTo("ApiCredentials[API_KEY, ****0664]");
        assertThat(api.toString()).doesNotContain(KEY_MIDDLE).contains("****0664", "42");
        assertThat(ApiCredentials.oauth("y0_AgAAAAB-oauth-token-value").toString())
                .isEqualTo("ApiCredentials[OAUTH, ****alue]");
    }

    @Test
    void aServerEchoingTheTokenDoesNotPutItIntoTheException() {
        server.enqueue(json(401, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"UNAUTHORIZED\","
                + "\"message\":\"Api-Key token " + API_KEY + " is invalid\"}]}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getChat(7));

        assertThat(e.getMessage()).contains("UNAUTHORIZED").doesNotContain(KEY_MIDDLE);
        assertThat(e.errors().get(0).message()).doesNotContain(KEY_MIDDLE).contains("****");
        assertThat(e.toString()).doesNotContain(KEY_MIDDLE);
    }

    @Test
    void anErrorEnvelopeInASuccessAnswerIsRedactedToo() {
        server.enqueue(json(200, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"X\",\"message\":\"key " + API_KEY + "\"}]}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> api.getChat(7));

        assertThat(e.errors().get(0).message()).isEqualTo("key ****");
        assertNoToken(e);
    }

    @Test
    void noExceptionOfAnyKindShowsTheToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpChatsApi unreachable = TestClients.builderFor(server).baseUrl(URI.create("http://127.0.0.1:" + closedPort)).build();
        server.enqueue(ScriptedServer.closeWithoutAnswer(), ScriptedServer.raw(200, "text/plain", new byte[] {1}));

        assertNoToken(catchThrowableOfType(ApiException.class, () -> unreachable.getChat(7)));
        assertNoToken(catchThrowableOfType(ApiException.class, () -> api.sendMessage(7, PRIVATE_TEXT)));
        assertNoToken(catchThrowableOfType(ApiException.class, () -> api.getChat(7)));
        assertNoToken(catchThrowableOfType(ApiException.class, () -> api.sendMessage(7, " ")));
        assertNoToken(catchThrowableOfType(ApiException.class, () -> api.downloadAttachment("file:///etc/passwd", folder.resolve("x"))));
    }

    @Test
    void aTokenThatCannotBeAHeaderIsRefusedWithoutEchoingIt() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> ApiCredentials.apiKey(KEY_MIDDLE + "\r\nX-Injected: 1"));

        assertThat(e.getMessage()).doesNotContain(KEY_MIDDLE);
    }

    @Test
    void logsHaveOneDebugLinePerRequestWithoutTokenOrMessageText() throws IOException {
        Path file = Files.writeString(folder.resolve("note.txt"), PRIVATE_TEXT);
        server.enqueue(json(200, ok(chatJson(7))).withHeader("traceparent", "00-abc-def-01"),
                ScriptedServer.ok(), ScriptedServer.ok(),
                json(200, ok("{\"chatId\":9}")),
                json(403, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"FORBIDDEN\",\"message\":\"no scope\"}]}"));

        try (LogCapture logs = new LogCapture()) {
            api.getChat(7);
            api.sendMessage(7, PRIVATE_TEXT);
            api.sendFile(7, file, UploadProgressListener.NONE);
            api.createChat(ChatContext.order(5));
            catchThrowableOfType(ApiException.class, () -> api.getChats(GetChatsRequest.ALL, null, 20));

            assertThat(logs.texts()).isNotEmpty().allSatisfy(text -> assertThat(text)
                    .doesNotContain(KEY_MIDDLE).doesNotContain("0664").doesNotContain(PRIVATE_TEXT));
            assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.DEBUG).hasSize(5);
            assertThat(logs.texts()).anySatisfy(text -> assertThat(text)
                    .contains("getChat", "GET", "/v2/businesses/42/chat", "200", "ms", "00-abc-def-01"));
            assertThat(logs.texts()).anySatisfy(text -> assertThat(text)
                    .contains("getChats", "POST", "/v2/businesses/42/chats", "403"));
        }
    }

    private static void assertNoToken(ApiException e) {
        assertThat(e).isNotNull();
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(KEY_MIDDLE).doesNotContain(API_KEY);
    }
}
