package com.marketchats.api;

import com.marketchats.api.ScriptedServer.Recorded;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.API_KEY;
import static com.marketchats.api.TestClients.chatJson;
import static com.marketchats.api.TestClients.messageJson;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Each operation sends exactly the spec's method, path, query, headers and body. */
class HttpChatsApiRequestsTest extends ScriptedClientFixture {

    @Test
    void createChatPostsTheContextAndAnswersTheChatId() {
        server.enqueue(json(200, ok("{\"chatId\":987654}")));

        long chatId = api.createChat(ChatContext.order(555111222));

        assertThat(chatId).isEqualTo(987654);
        Recorded request = server.onlyRequest();
        assertJsonCall(request, "POST", "/v2/businesses/42/chats/new", Map.of());
        assertThat(TestClients.json(request.body()))
                .isEqualTo(TestClients.json("{\"context\":{\"type\":\"ORDER\",\"id\":555111222}}"));
    }

    @Test
    void getChatIsAGetWithChatIdAndNoBody() {
        server.enqueue(json(200, ok(chatJson(7))));

        ChatInfo chat = api.getChat(7);

        assertThat(chat.chatId()).isEqualTo(7);
        assertThat(chat.status()).isEqualTo(ChatStatus.WAITING_FOR_PARTNER);
        Recorded request = server.onlyRequest();
        assertGet(request, "/v2/businesses/42/chat", Map.of("chatId", "7"));
    }

    @Test
    void getChatHistoryPostsMessageIdFromWithChatIdPageTokenAndLimit() {
        server.enqueue(json(200, ok("{\"context\":{\"type\":\"DIRECT\"},\"messages\":[" + messageJson(1001) + "]}")));

        ChatHistoryPage page = api.getChatHistory(7, 1001L, "tok", 100);

        assertThat(page.messages()).extracting(ChatMessage::messageId).containsExactly(1001L);
        Recorded request = server.onlyRequest();
        assertJsonCall(request, "POST", "/v2/businesses/42/chats/history",
                Map.of("chatId", "7", "pageToken", "tok", "limit", "100"));
        assertThat(TestClients.json(request.body())).isEqualTo(TestClients.json("{\"messageIdFrom\":1001}"));
    }

    @Test
    void getChatHistoryWithoutMessageIdFromSendsAnEmptyObject() {
        server.enqueue(json(200, ok("{\"context\":{\"type\":\"ORDER\"},\"messages\":[]}")));

        api.getChatHistory(7, null, null, 50);

        Recorded request = server.onlyRequest();
        assertThat(request.bodyText()).isEqualTo("{}");
        assertThat(request.query()).containsExactly(Map.entry("chatId", "7"), Map.entry("limit", "50"));
    }

    @Test
    void getChatMessageIsAGetWithChatIdAndMessageId() {
        server.enqueue(json(200, ok(messageJson(1001))));

        ChatMessage message = api.getChatMessage(7, 1001);

        assertThat(message.message()).isEqualTo("text 1001");
        assertGet(server.onlyRequest(), "/v2/businesses/42/chats/message", Map.of("chatId", "7", "messageId", "1001"));
    }

    @Test
    void getChatsPostsTheFiltersWithLimitAndNoTokenOnTheFirstPage() {
        server.enqueue(json(200, ok("{\"chats\":[" + chatJson(1) + "],\"paging\":{\"nextPageToken\":\"next\"}}")));

        ChatsPage page = api.getChats(new GetChatsRequest(null, null, List.of(ChatContextType.ORDER, ChatContextType.DIRECT),
                null, List.of(ChatStatus.WAITING_FOR_PARTNER)), null, 20);

        assertThat(page.chats()).hasSize(1);
        assertThat(page.paging().nextPageToken()).isEqualTo("next");
        Recorded request = server.onlyRequest();
        assertJsonCall(request, "POST", "/v2/businesses/42/chats", Map.of("limit", "20"));
        assertThat(TestClients.json(request.body())).isEqualTo(TestClients.json(
                "{\"contextTypes\":[\"ORDER\",\"DIRECT\"],\"statuses\":[\"WAITING_FOR_PARTNER\"]}"));
    }

    @Test
    void getChatsWithoutFiltersSendsAnEmptyObjectAndNeverAnEmptyArray() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, ok("{\"chats\":[]}")));
        }

        api.getChats(GetChatsRequest.ALL, null, 10);
        api.getChats(null, null, 10);
        api.getChats(new GetChatsRequest(List.of(), List.of(), List.of(), List.of(), List.of()), null, 10);

        assertThat(server.requests()).extracting(Recorded::bodyText).containsOnly("{}");
    }

    @Test
    void sendMessagePostsTheTextWithChatId() {
        server.enqueue(ScriptedServer.ok());

        api.sendMessage(7, "Здравствуйте! Ваш заказ отправлен 📦");

        Recorded request = server.onlyRequest();
        assertJsonCall(request, "POST", "/v2/businesses/42/chats/message", Map.of("chatId", "7"));
        assertThat(TestClients.json(request.body()))
                .isEqualTo(TestClients.json("{\"message\":\"Здравствуйте! Ваш заказ отправлен 📦\"}"));
    }

    @Test
    void oauthCredentialsGoAsABearerTokenAndNoApiKey() throws IOException {
        server.enqueue(json(200, ok(chatJson(7))));
        HttpChatsApi oauthApi = TestClients.builderFor(server)
                .credentials(ApiCredentials.oauth("y0_AgAAAAB-oauth-token-value"))
                .build();

        oauthApi.getChat(7);

        Recorded request = server.onlyRequest();
        assertThat(request.header("Authorization")).isEqualTo("Bearer y0_AgAAAAB-oauth-token-value");
        assertThat(request.hasHeader("Api-Key")).isFalse();
    }

    @Test
    void anOpaquePageTokenArrivesUnchanged() {
        server.enqueue(json(200, ok("{\"chats\":[]}")));
        String token = "eyJuZXh0IjogMjM0Mn0+/= &x";

        api.getChats(GetChatsRequest.ALL, token, 20);

        assertThat(server.onlyRequest().query()).containsEntry("pageToken", token);
    }

    @Test
    void aTrailingSlashInTheBaseUrlDoesNotDoubleThePathSeparator() {
        server.enqueue(json(200, ok(chatJson(7))));
        HttpChatsApi slashed = TestClients.builderFor(server).baseUrl(server.baseUrl() + "/").build();

        slashed.getChat(7);

        assertThat(server.onlyRequest().path()).isEqualTo("/v2/businesses/42/chat");
    }

    @Test
    void theResponseListenerHearsEverySuccessWithItsRateLimit() {
        server.enqueue(json(200, ok(chatJson(7)))
                .withHeader(RateLimitInfo.LIMIT_HEADER, "1000")
                .withHeader(RateLimitInfo.REMAINING_HEADER, "998")
                .withHeader(RateLimitInfo.UNTIL_HEADER, "Wed, 01 Jul 2026 12:00:00 GMT"));
        List<String> heard = new ArrayList<>();
        HttpChatsApi listened = TestClients.builderFor(server)
                .responseListener((operation, status, rateLimit) -> heard.add(operation + " " + status + " "
                        + rateLimit.limit() + " " + rateLimit.remaining() + " " + rateLimit.until()))
                .build();

        listened.getChat(7);

        assertThat(heard).containsExactly("GET_CHAT 200 1000 998 2026-07-01T12:00:00Z");
    }

    private static void assertJsonCall(Recorded request, String method, String path, Map<String, String> query) {
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.path()).isEqualTo(path);
        assertThat(request.query()).isEqualTo(query);
        assertThat(request.header("Api-Key")).isEqualTo(API_KEY);
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.hasHeader("Authorization")).isFalse();
    }

    private static void assertGet(Recorded request, String path, Map<String, String> query) {
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo(path);
        assertThat(request.query()).isEqualTo(query);
        assertThat(request.header("Api-Key")).isEqualTo(API_KEY);
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.body()).isEmpty();
    }
}
