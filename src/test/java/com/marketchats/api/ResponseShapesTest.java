package com.marketchats.api;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatHistoryPage;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.ChatsPage;
import com.marketchats.api.dto.GetChatsRequest;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.api.dto.Paging;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static com.marketchats.api.ScriptedServer.json;
import static com.marketchats.api.TestClients.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The answer shapes the docs warn about are read, not refused. */
class ResponseShapesTest extends ScriptedClientFixture {

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        server.enqueue(json(200, "{\"status\":\"OK\",\"newTopLevel\":1,\"result\":{\"chatId\":7,\"brandNew\":{\"a\":[1]},"
                + "\"context\":{\"type\":\"ORDER\",\"orderId\":5,\"futureField\":\"x\",\"customer\":{\"name\":\"Ivan\",\"avatar\":\"u\"}},"
                + "\"type\":\"CHAT\",\"status\":\"NEW\",\"createdAt\":\"2026-07-01T10:15:00+03:00\","
                + "\"updatedAt\":\"2026-07-01T10:15:00+03:00\"}}"));

        ChatInfo chat = api.getChat(7);

        assertThat(chat.chatId()).isEqualTo(7);
        assertThat(chat.context().orderId()).isEqualTo(5);
        assertThat(chat.context().customer().name()).isEqualTo("Ivan");
    }

    @Test
    void unknownEnumValuesKeepTheirRawStringAndReadAsUnknown() {
        server.enqueue(json(200, "{\"status\":\"PARTIAL\",\"result\":{\"chats\":[{\"chatId\":7,"
                + "\"context\":{\"type\":\"QUESTION\"},\"type\":\"VIDEO_CALL\",\"status\":\"WAITING_FOR_ROBOT\","
                + "\"createdAt\":\"2026-07-01T10:15:00Z\",\"updatedAt\":\"2026-07-01T10:15:00Z\"}]}}"),
                json(200, "{\"status\":\"OK\",\"result\":{\"messageId\":3,\"createdAt\":\"2026-07-01T10:15:00Z\",\"sender\":\"BOT\",\"message\":\"m\"}}"));

        ChatInfo chat = api.getChats(GetChatsRequest.ALL, null, 20).chats().get(0);
        ChatMessage message = api.getChatMessage(7, 3);

        assertThat(chat.context().type()).isEqualTo(ChatContextType.UNKNOWN);
        assertThat(chat.type()).isEqualTo(ChatType.UNKNOWN);
        assertThat(chat.status()).isEqualTo(ChatStatus.UNKNOWN);
        assertThat(message.sender()).isEqualTo(MessageSender.UNKNOWN);
        assertThat(chat.context().typeName()).isEqualTo("QUESTION");
        assertThat(chat.typeName()).isEqualTo("VIDEO_CALL");
        assertThat(chat.statusName()).isEqualTo("WAITING_FOR_ROBOT");
        assertThat(message.senderName()).isEqualTo("BOT");
    }

    @Test
    void aNullPayloadReadsAsNoAttachments() {
        server.enqueue(json(200, ok("{\"messageId\":3,\"createdAt\":\"2026-07-01T10:15:00Z\",\"sender\":\"CUSTOMER\","
                + "\"message\":\"Hello\",\"payload\":null}")));

        ChatMessage message = api.getChatMessage(7, 3);

        assertThat(message.message()).isEqualTo("Hello");
        assertThat(message.payload()).isEmpty();
    }

    @Test
    void aMessageWithOnlyAPayloadHasNoText() {
        server.enqueue(json(200, ok("{\"context\":{\"type\":\"DIRECT\"},\"messages\":[{\"messageId\":1002,"
                + "\"createdAt\":\"2026-07-01T10:16:10+03:00\",\"sender\":\"PARTNER\","
                + "\"payload\":[{\"name\":\"photo.jpg\",\"url\":\"https://example.invalid/f/1\",\"size\":183402}]}],"
                + "\"paging\":{}}")));

        ChatHistoryPage page = api.getChatHistory(7, null, null, 100);

        ChatMessage message = page.messages().get(0);
        assertThat(message.message()).isNull();
        assertThat(message.payload()).containsExactly(
                new ChatAttachment("photo.jpg", "https://example.invalid/f/1", 183402));
        assertThat(page.paging().hasNext()).isFalse();
    }

    @Test
    void dateTimesKeepTheirOwnOffsetAndAllNineFractionDigits() {
        server.enqueue(json(200, ok("{\"context\":{\"type\":\"ORDER\"},\"messages\":["
                + "{\"messageId\":1,\"createdAt\":\"2026-07-01T07:15:00.213Z\",\"sender\":\"CUSTOMER\",\"message\":\"a\"},"
                + "{\"messageId\":2,\"createdAt\":\"2026-07-01T10:15:00+03:00\",\"sender\":\"CUSTOMER\",\"message\":\"b\"},"
                + "{\"messageId\":3,\"createdAt\":\"2025-01-16T13:09:49.759084017+03:00\",\"sender\":\"CUSTOMER\",\"message\":\"c\"}]}")));

        ChatHistoryPage page = api.getChatHistory(7, null, null, 100);

        assertThat(page.messages()).extracting(ChatMessage::createdAt).containsExactly(
                OffsetDateTime.of(2026, 7, 1, 7, 15, 0, 213_000_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 7, 1, 10, 15, 0, 0, ZoneOffset.ofHours(3)),
                OffsetDateTime.of(2025, 1, 16, 13, 9, 49, 759_084_017, ZoneOffset.ofHours(3)));
    }

    @Test
    void aPageWithoutPagingIsTheLastPage() {
        server.enqueue(json(200, ok("{\"chats\":[]}")));

        ChatsPage page = api.getChats(GetChatsRequest.ALL, null, 20);

        assertThat(page.paging()).isEqualTo(Paging.LAST);
        assertThat(page.chats()).isEmpty();
    }
}
