package com.marketchats.sandbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** sendMessageToChat, createChat and buyer messages: what they change, on a fresh demo cabinet per test. */
class WriteOperationsTest extends SandboxPerTestFixture {

    @BeforeEach
    void startDemoSandbox() {
        start(SandboxConfig.builder());
    }

    @Test
    void sendingAppendsAPartnerMessageAndTheChatWaitsForTheBuyer() {
        SandboxHttp.Answer answer = http.post("chats/message?chatId=7000001",
                "{\"message\":\"Здравствуйте, Анна! Поменяли размер на L.\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().toString()).isEqualTo("{\"status\":\"OK\"}");
        SandboxMessage last = lastMessage(7_000_001L);
        assertThat(last.sender()).isEqualTo(MessageSender.PARTNER);
        assertThat(last.text()).isEqualTo("Здравствуйте, Анна! Поменяли размер на L.");
        assertThat(server.state().chat(7_000_001L).orElseThrow().status()).isEqualTo(ChatStatus.WAITING_FOR_CUSTOMER);
        assertThat(server.state().partnerMessageCount(7_000_001L)).isEqualTo(1);
        var history = http.post("chats/history?chatId=7000001", "{}").result().get("messages");
        assertThat(history.get(history.size() - 1).get("messageId").asLong()).isEqualTo(last.messageId());
    }

    @Test
    void updatedAtIsTheTimeOfTheLastMessage() {
        http.post("chats/message?chatId=7000004", "{\"message\":\"Да, упакуем и приложим открытку.\"}");

        var chat = http.get("chat?chatId=7000004").result();
        var history = http.post("chats/history?chatId=7000004", "{}").result().get("messages");
        String lastCreatedAt = history.get(history.size() - 1).get("createdAt").asText();
        assertThat(OffsetDateTime.parse(chat.get("updatedAt").asText()))
                .isEqualTo(OffsetDateTime.parse(lastCreatedAt));
    }

    @Test
    void aBuyerMessageMakesTheChatWaitForTheSeller() {
        server.state().addBuyerMessage(7_000_006L, "Спасибо! А во сколько примерно?");

        assertThat(http.get("chat?chatId=7000006").result().get("status").asText()).isEqualTo("WAITING_FOR_PARTNER");
        assertThat(lastMessage(7_000_006L).sender()).isEqualTo(MessageSender.CUSTOMER);
    }

    @Test
    void disputesWaitingForTheArbiterKeepTheirStatus() {
        http.post("chats/message?chatId=7000018", "{\"message\":\"Дополнительно прикладываем акт отгрузки.\"}");
        server.state().addBuyerMessage(7_000_018L, "Коробка точно была вскрыта.");

        assertThat(server.state().chat(7_000_018L).orElseThrow().status()).isEqualTo(ChatStatus.WAITING_FOR_ARBITER);
    }

    @Test
    void aFinishedOrdinaryChatIsReopenedButAFinishedDisputeStaysFinished() {
        http.post("chats/message?chatId=7000011", "{\"message\":\"Как вам плед?\"}");
        http.post("chats/message?chatId=7000020", "{\"message\":\"Товар получили.\"}");

        assertThat(server.state().chat(7_000_011L).orElseThrow().status()).isEqualTo(ChatStatus.WAITING_FOR_CUSTOMER);
        assertThat(server.state().chat(7_000_020L).orElseThrow().status()).isEqualTo(ChatStatus.FINISHED);
    }

    @Test
    void createChatReturnsTheExistingChatForTheSameOrderOrReturn() {
        var first = http.post("chats/new", "{\"context\":{\"type\":\"ORDER\",\"id\":51234567801}}");
        var second = http.post("chats/new", "{\"context\":{\"type\":\"ORDER\",\"id\":51234567801}}");
        var byReturn = http.post("chats/new", "{\"context\":{\"type\":\"RETURN\",\"id\":9120022}}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.result().get("chatId").asLong()).isEqualTo(7_000_001L);
        assertThat(second.result().get("chatId").asLong()).isEqualTo(7_000_001L);
        assertThat(byReturn.result().get("chatId").asLong()).isEqualTo(7_000_022L);
    }

    @Test
    void createChatOpensOneNewChatForAKnownOrderWithoutChat() {
        int before = server.state().chats(server.demoBusinessId()).size();
        long orderId = DemoData.ORDERS_WITHOUT_CHAT.get(0);

        long chatId = http.post("chats/new", "{\"context\":{\"type\":\"ORDER\",\"id\":" + orderId + "}}")
                .result().get("chatId").asLong();
        long again = http.post("chats/new", "{\"context\":{\"type\":\"ORDER\",\"id\":" + orderId + "}}")
                .result().get("chatId").asLong();

        assertThat(again).isEqualTo(chatId);
        assertThat(server.state().chats(server.demoBusinessId())).hasSize(before + 1);
        var chat = http.get("chat?chatId=" + chatId).result();
        assertThat(chat.get("status").asText()).isEqualTo("NEW");
        assertThat(chat.get("type").asText()).isEqualTo("CHAT");
        assertThat(chat.get("context").get("orderId").asLong()).isEqualTo(orderId);
        assertThat(chat.get("context").get("campaignId").asLong()).isEqualTo(DemoData.FBS_CAMPAIGN_ID);
        assertThat(http.post("chats/history?chatId=" + chatId, "{}").result().get("messages")).isEmpty();
    }

    @Test
    void createChatOpensAReturnChatAndAcceptsTheDeprecatedOrderIdBody() {
        var byReturn = http.post("chats/new", "{\"context\":{\"type\":\"RETURN\",\"id\":" + DemoData.RETURN_WITHOUT_CHAT + "}}");
        var byOrderId = http.post("chats/new", "{\"orderId\":" + DemoData.ORDERS_WITHOUT_CHAT.get(1) + "}");

        var returnChat = http.get("chat?chatId=" + byReturn.result().get("chatId").asLong()).result();
        assertThat(returnChat.get("context").get("type").asText()).isEqualTo("RETURN");
        assertThat(returnChat.get("context").get("returnId").asLong()).isEqualTo(DemoData.RETURN_WITHOUT_CHAT);
        var orderChat = http.get("chat?chatId=" + byOrderId.result().get("chatId").asLong()).result();
        assertThat(orderChat.get("context").get("orderId").asLong()).isEqualTo(DemoData.ORDERS_WITHOUT_CHAT.get(1));
    }

    @Test
    void createChatForAnUnknownOrderOrReturnIsNotFound() {
        var order = http.post("chats/new", "{\"context\":{\"type\":\"ORDER\",\"id\":999}}");
        var aReturn = http.post("chats/new", "{\"context\":{\"type\":\"RETURN\",\"id\":999}}");

        assertThat(order.status()).isEqualTo(404);
        assertThat(order.errorMessage()).isEqualTo("Order 999 not found");
        assertThat(aReturn.status()).isEqualTo(404);
        assertThat(aReturn.errorMessage()).isEqualTo("Return 999 not found");
    }

    @Test
    void aFourThousandNinetySixEmojiMessageFitsBecauseLengthCountsCodePoints() {
        String emoji = "\uD83D\uDE00".repeat(ApiLimits.MAX_MESSAGE_LENGTH);

        var answer = http.post("chats/message?chatId=7000013", "{\"message\":\"" + emoji + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(lastMessage(7_000_013L).text()).isEqualTo(emoji);
    }

    private SandboxMessage lastMessage(long chatId) {
        var history = server.state().history(chatId);
        return history.get(history.size() - 1);
    }
}
