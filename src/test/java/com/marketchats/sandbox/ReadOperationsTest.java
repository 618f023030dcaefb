package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** getChats, getChat, getChatHistory and getChatMessage on the demo data: shapes, paging, filters. */
class ReadOperationsTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults());
        http = new SandboxHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void getChatsAnswersTheSpecShapeWithTenChatsByDefault() {
        SandboxHttp.Answer answer = http.post("chats", "{}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("status").asText()).isEqualTo("OK");
        JsonNode chats = answer.result().get("chats");
        assertThat(chats).hasSize(10);
        for (JsonNode chat : chats) {
            assertThat(chat.get("chatId").asLong()).isPositive();
            assertThat(chat.get("context").get("type").asText()).isIn("ORDER", "RETURN", "DIRECT");
            assertThat(chat.get("type").asText()).isIn("CHAT", "ARBITRAGE");
            assertThat(chat.get("status").asText()).isNotBlank();
            OffsetDateTime.parse(chat.get("createdAt").asText());
            OffsetDateTime.parse(chat.get("updatedAt").asText());
        }
        assertThat(answer.result().get("paging").get("nextPageToken").asText()).isNotBlank();
    }

    @Test
    void orderChatsCarryCampaignOrderAndTheDeprecatedOrderId() {
        JsonNode chat = http.get("chat?chatId=7000001").result();

        assertThat(chat.get("chatId").asLong()).isEqualTo(7_000_001L);
        assertThat(chat.get("orderId").asLong()).isEqualTo(51_234_567_801L);
        JsonNode context = chat.get("context");
        assertThat(context.get("type").asText()).isEqualTo("ORDER");
        assertThat(context.get("orderId").asLong()).isEqualTo(51_234_567_801L);
        assertThat(context.get("campaignId").asLong()).isEqualTo(DemoData.FBS_CAMPAIGN_ID);
        assertThat(context.get("customer").get("name").asText()).isEqualTo("Анна Смирнова");
        assertThat(context.has("returnId")).isFalse();
    }

    @Test
    void returnChatsCarryTheReturnIdAndDirectChatsNoIds() {
        JsonNode returnContext = http.get("chat?chatId=7000022").result().get("context");
        JsonNode directChat = http.get("chat?chatId=9007199254740993").result();

        assertThat(returnContext.get("type").asText()).isEqualTo("RETURN");
        assertThat(returnContext.get("returnId").asLong()).isEqualTo(9_120_022L);
        assertThat(returnContext.get("orderId").asLong()).isEqualTo(51_234_567_822L);
        assertThat(directChat.get("chatId").isIntegralNumber()).isTrue();
        assertThat(directChat.get("chatId").asLong()).isEqualTo(Dataset.FIRST_ID_BEYOND_DOUBLE);
        assertThat(directChat.get("context").get("type").asText()).isEqualTo("DIRECT");
        assertThat(directChat.has("orderId")).isFalse();
        assertThat(directChat.get("context").has("campaignId")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pageToken", "page_token"})
    void pagingReachesEveryChatExactlyOnceUnderEitherTokenName(String tokenName) {
        List<Long> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String query = "chats?limit=7" + (token == null ? "" : "&" + tokenName + "=" + token);
            JsonNode result = http.post(query, "{}").result();
            result.get("chats").forEach(chat -> ids.add(chat.get("chatId").asLong()));
            JsonNode next = result.get("paging").get("nextPageToken");
            token = next == null ? null : next.asText();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(6);
        assertThat(ids).hasSize(40).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(new HashSet<>(server.state().chats(server.demoBusinessId())
                .stream().map(SandboxChat::chatId).toList()));
    }

    @Test
    void twentyIsTheLargestPageAndTheLastPageHasNoToken() {
        JsonNode first = http.post("chats?limit=20", "{}").result();
        String token = first.get("paging").get("nextPageToken").asText();
        JsonNode second = http.post("chats?limit=20&pageToken=" + token, "{}").result();

        assertThat(first.get("chats")).hasSize(20);
        assertThat(second.get("chats")).hasSize(20);
        assertThat(second.get("paging").has("nextPageToken")).isFalse();
    }

    @Test
    void filtersCombineWithAndAcrossFieldsAndOrWithinOne() {
        JsonNode waiting = http.post("chats?limit=20",
                "{\"statuses\":[\"WAITING_FOR_PARTNER\"],\"contextTypes\":[\"DIRECT\",\"RETURN\"]}").result();
        JsonNode disputes = http.post("chats?limit=20", "{\"types\":[\"ARBITRAGE\"]}").result();
        JsonNode byContext = http.post("chats",
                "{\"contexts\":[{\"type\":\"ORDER\",\"id\":51234567805},{\"type\":\"RETURN\",\"id\":9120026}]}").result();
        JsonNode byOrderIds = http.post("chats", "{\"orderIds\":[51234567801, 51234567822], \"statuses\": null}").result();

        assertThat(waiting.get("chats")).isNotEmpty().allSatisfy(chat -> {
            assertThat(chat.get("status").asText()).isEqualTo("WAITING_FOR_PARTNER");
            assertThat(chat.get("context").get("type").asText()).isIn("DIRECT", "RETURN");
        });
        assertThat(disputes.get("chats")).hasSize(7)
                .allSatisfy(chat -> assertThat(chat.get("type").asText()).isEqualTo("ARBITRAGE"));
        assertThat(ids(byContext)).containsExactlyInAnyOrder(7_000_005L, 7_000_026L);
        assertThat(ids(byOrderIds)).containsExactlyInAnyOrder(7_000_001L, 7_000_022L);
    }

    @Test
    void getChatHistoryAnswersContextAndMessagesOldestFirst() {
        JsonNode result = http.post("chats/history?chatId=7000017", "{}").result();

        assertThat(result.get("context").get("orderId").asLong()).isEqualTo(51_234_567_817L);
        assertThat(result.get("orderId").asLong()).isEqualTo(51_234_567_817L);
        JsonNode messages = result.get("messages");
        assertThat(messages).hasSize(9);
        long previous = 0;
        for (JsonNode message : messages) {
            assertThat(message.get("messageId").asLong()).isGreaterThan(previous);
            previous = message.get("messageId").asLong();
            assertThat(message.get("sender").asText()).isIn("PARTNER", "CUSTOMER", "MARKET", "SUPPORT");
            OffsetDateTime.parse(message.get("createdAt").asText());
        }
        assertThat(result.get("paging").has("nextPageToken")).isFalse();
    }

    @Test
    void historyPagesCoverTheChatAndMessageIdFromSkipsOlderMessages() {
        List<Long> ids = new ArrayList<>();
        String token = null;
        do {
            JsonNode result = http.post("chats/history?chatId=7000017&limit=4"
                    + (token == null ? "" : "&page_token=" + token), "{}").result();
            result.get("messages").forEach(m -> ids.add(m.get("messageId").asLong()));
            token = result.get("paging").has("nextPageToken") ? result.get("paging").get("nextPageToken").asText() : null;
        } while (token != null);
        long fifth = ids.get(4);
        JsonNode fromFifth = http.post("chats/history?chatId=7000017", "{\"messageIdFrom\":" + fifth + "}").result();

        assertThat(ids).hasSize(9).isSorted().doesNotHaveDuplicates();
        assertThat(ids(fromFifth.get("messages"), "messageId")).containsExactlyElementsOf(ids.subList(4, 9));
    }

    @Test
    void attachmentsComeAsPayloadWithNameUrlAndSizeAndMayHaveNoText() {
        JsonNode messages = http.post("chats/history?chatId=7000003", "{}").result().get("messages");
        JsonNode photo = messages.get(1);

        assertThat(photo.has("message")).isFalse();
        JsonNode payload = photo.get("payload").get(0);
        assertThat(payload.get("name").asText()).isEqualTo("Фото чехла.jpg");
        assertThat(payload.get("url").asText()).startsWith(server.baseUrl() + "/sandbox/files/");
        assertThat(payload.get("size").asInt()).isPositive();
        assertThat(messages.get(0).has("payload")).isFalse();
    }

    @Test
    void getChatMessageAnswersOneMessage() {
        long messageId = server.state().history(7_000_002L).get(1).messageId();

        JsonNode message = http.get("chats/message?chatId=7000002&messageId=" + messageId).result();

        assertThat(message.get("messageId").asLong()).isEqualTo(messageId);
        assertThat(message.get("sender").asText()).isEqualTo("CUSTOMER");
        assertThat(message.get("message").asText()).contains("Курьер");
    }

    private static Set<Long> ids(JsonNode chatsResult) {
        return new HashSet<>(ids(chatsResult.get("chats"), "chatId"));
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get(field).asLong()));
        return ids;
    }
}
