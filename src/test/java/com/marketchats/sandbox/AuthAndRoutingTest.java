package com.marketchats.sandbox;

import com.marketchats.api.RateLimitInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials (401, 403), unknown things (404) and wrong methods (405). */
class AuthAndRoutingTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults());
        server.state().addBusiness(777L);
        server.state().openDirectChat(777L, null, "Чат другого кабинета");
        http = new SandboxHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noCredentialsAre401() {
        SandboxHttp.Answer answer = http.send(http.request(http.path("chat?chatId=7000001")).GET());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.errorMessage()).isEqualTo("Credentials are not specified");
        assertThat(answer.header(RateLimitInfo.REMAINING_HEADER)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Api-Key       | ACMA:nobody:00000000                                  | Api-Key token is invalid",
            "Api-Key       | Bearer ACMA:SandboxDemoKeyScopeCommunication0000:5a4d0b1c | Api-Key token prefix invalid",
            "Authorization | Bearer ACMA:SandboxDemoKeyScopeCommunication0000:5a4d0b1c | Api-Key token prefix invalid",
            "Authorization | OAuth y0_SandboxDemoOAuthTokenMarketPartnerApi000000  | Unsupported authorization type specified in Authorization header",
            "Authorization | Basic dXNlcjpwYXNz                                    | Unsupported authorization type specified in Authorization header"})
    void wrongCredentialsAre401(String header, String value, String message) {
        SandboxHttp.Answer answer = http.send(http.request(http.path("chat?chatId=7000001")).header(header, value).GET());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorMessage()).isEqualTo(message);
    }

    @Test
    void theDemoOAuthTokenWorksAsBearerAndAnUnknownOneIs403() {
        SandboxHttp.Answer good = http.send(http.request(http.path("chat?chatId=7000001"))
                .header("Authorization", "Bearer " + server.demoOAuthToken()).GET());
        SandboxHttp.Answer bad = http.send(http.request(http.path("chat?chatId=7000001"))
                .header("Authorization", "Bearer y0_expired").GET());

        assertThat(good.status()).isEqualTo(200);
        assertThat(bad.status()).isEqualTo(403);
        assertThat(bad.errorMessage()).isEqualTo("OAuth token is invalid");
    }

    @Test
    void anIssuedKeyOpensItsOwnCabinetOnlyAndARevokedOneIs401() {
        String own = server.keys().issue(server.demoBusinessId());
        String other = server.keys().issue(777L);

        SandboxHttp.Answer works = http.send(http.request(http.path("chat?chatId=7000001")).header("Api-Key", own).GET());
        SandboxHttp.Answer elsewhere = http.send(http.request(http.path("chat?chatId=7000001"))
                .header("Api-Key", other).GET());
        server.keys().revoke(own);
        SandboxHttp.Answer revoked = http.send(http.request(http.path("chat?chatId=7000001"))
                .header("Api-Key", own).GET());

        assertThat(works.status()).isEqualTo(200);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.errorMessage()).contains("does not belong to business " + server.demoBusinessId());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.errorMessage()).isEqualTo("Api-Key token is invalid");
    }

    @Test
    void theReadOnlyKeyReads() {
        SandboxHttp.Answer chats = http.send(http.request(http.path("chats")).header("Api-Key", server.readOnlyApiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        SandboxHttp.Answer chat = http.send(http.request(http.path("chat?chatId=7000001"))
                .header("Api-Key", server.readOnlyApiKey()).GET());

        assertThat(chats.status()).isEqualTo(200);
        assertThat(chat.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chats/message?chatId=7000001 | application/json | {\"message\":\"Здравствуйте\"}",
            "chats/new                    | application/json | {\"context\":{\"type\":\"ORDER\",\"id\":51234567850}}",
            "chats/file/send?chatId=7000001 | multipart/form-data; boundary=" + SandboxHttp.BOUNDARY + " | x"})
    void theReadOnlyKeyCannotWrite(String rest, String contentType, String body) {
        byte[] bytes = contentType.startsWith("multipart") ? SandboxHttp.multipart("file", "a.txt", new byte[] {1})
                : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int chatsBefore = server.state().chats(server.demoBusinessId()).size();
        int messagesBefore = server.state().history(7_000_001L).size();

        SandboxHttp.Answer answer = http.send(http.request(http.path(rest)).header("Api-Key", server.readOnlyApiKey())
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(answer.errorMessage()).isEqualTo("Token does not have any of the scopes to access the API method");
        assertThat(server.state().chats(server.demoBusinessId())).hasSize(chatsBefore);
        assertThat(server.state().history(7_000_001L)).hasSize(messagesBefore);
    }

    @Test
    void unknownBusinessChatAndMessageAre404() {
        SandboxHttp.Answer business = http.send(http.request("/v2/businesses/999999/chat?chatId=7000001")
                .header("Api-Key", server.demoApiKey()).GET());
        SandboxHttp.Answer chat = http.get("chat?chatId=123");
        SandboxHttp.Answer message = http.get("chats/message?chatId=7000001&messageId=1");
        long otherMessage = server.state().history(7_000_002L).get(0).messageId();
        SandboxHttp.Answer messageOfAnotherChat = http.get("chats/message?chatId=7000001&messageId=" + otherMessage);
        SandboxHttp.Answer history = http.post("chats/history?chatId=123", "{}");
        SandboxHttp.Answer send = http.post("chats/message?chatId=123", "{\"message\":\"Алло\"}");

        assertThat(business.status()).isEqualTo(404);
        assertThat(business.errorMessage()).isEqualTo("Business 999999 not found");
        assertThat(chat.status()).isEqualTo(404);
        assertThat(chat.json().get("errors").get(0).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(message.status()).isEqualTo(404);
        assertThat(messageOfAnotherChat.status()).isEqualTo(404);
        assertThat(history.status()).isEqualTo(404);
        assertThat(send.status()).isEqualTo(404);
    }

    @Test
    void aChatOfAnotherBusinessIsNotFoundHere() {
        long foreignChat = server.state().chats(777L).get(0).chatId();

        assertThat(http.get("chat?chatId=" + foreignChat).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"GET, chats, POST", "PUT, chats/message, 'GET, POST'", "POST, chat, GET", "GET, chats/history, POST",
            "GET, chats/new, POST", "GET, chats/file/send, POST", "DELETE, chats/message, 'GET, POST'"})
    void aWrongMethodOnAKnownPathIs405(String method, String rest, String allowed) {
        SandboxHttp.Answer answer = http.send(http.request(http.path(rest)).header("Api-Key", server.demoApiKey())
                .method(method, HttpRequest.BodyPublishers.noBody()));

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().get("status").asText()).isEqualTo("ERROR");
        assertThat(answer.header("Allow").split(", ")).containsExactlyInAnyOrder(allowed.split(", "));
    }

    @Test
    void anUnknownPathIs404() {
        assertThat(http.get("chats/archive").status()).isEqualTo(404);
        assertThat(http.send(http.request("/v1/businesses/1/chats").GET()).status()).isEqualTo(404);
    }
}
