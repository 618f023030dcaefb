package com.marketchats.store;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field the API gives comes back from the store as it went in. */
class RoundTripTest extends StoreFixture {

    @Test
    @SuppressWarnings("deprecation")
    void everyFieldOfAChatRoundTrips() {
        ChatInfo chat = new ChatInfo(10, 777L,
                new ChatFullContext(ChatContextType.RETURN, new ChatCustomer("Анна Смирнова", "pub-1"), 21_000_000L,
                        555L, 9_001L),
                ChatType.ARBITRAGE, ChatStatus.WAITING_FOR_ARBITER,
                OffsetDateTime.parse("2026-06-30T09:15:30.123+03:00"), OffsetDateTime.parse("2026-07-01T07:01:02Z"));

        store.chats().upsert(List.of(chat));
        reopen();

        ChatSummary stored = store.chats().find(10).orElseThrow();
        assertThat(stored.toChatInfo()).isEqualTo(chat);
        assertThat(stored.legacyOrderId()).isEqualTo(777L);
        assertThat(stored.contextType()).isEqualTo(ChatContextType.RETURN);
        assertThat(stored.customerName()).isEqualTo("Анна Смирнова");
        assertThat(stored.customerPublicId()).isEqualTo("pub-1");
        assertThat(stored.campaignId()).isEqualTo(21_000_000L);
        assertThat(stored.orderId()).isEqualTo(555L);
        assertThat(stored.returnId()).isEqualTo(9_001L);
        assertThat(stored.type()).isEqualTo(ChatType.ARBITRAGE);
        assertThat(stored.status()).isEqualTo(ChatStatus.WAITING_FOR_ARBITER);
        assertThat(stored.createdAt()).isEqualTo(chat.createdAt());
        assertThat(stored.updatedAt()).isEqualTo(chat.updatedAt());
    }

    @Test
    void unknownEnumValuesAndAbsentCustomerAndIdsRoundTrip() {
        ChatInfo unknowns = new ChatInfo(11, null,
                new ChatFullContext(ChatContextType.UNKNOWN, null, null, null, null),
                ChatType.UNKNOWN, ChatStatus.UNKNOWN, Api.at(0), Api.at(1));
        ChatInfo noContext = new ChatInfo(12, null, null, (String) null, null, null, null);
        ChatInfo nameOnly = new ChatInfo(13, null,
                new ChatFullContext(ChatContextType.DIRECT, new ChatCustomer("Игорь", null), null, null, null),
                ChatType.CHAT, ChatStatus.NEW, Api.at(0), Api.at(1));

        store.chats().upsert(List.of(unknowns, noContext, nameOnly));

        assertThat(store.chats().find(11).orElseThrow().toChatInfo()).isEqualTo(unknowns);
        assertThat(store.chats().find(12).orElseThrow().toChatInfo()).isEqualTo(noContext);
        assertThat(store.chats().find(13).orElseThrow().toChatInfo()).isEqualTo(nameOnly);
    }

    @Test
    void anEnumNameWrittenByANewerVersionReadsAsUnknown() throws Exception {
        store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
        store.messages().upsert(10, List.of(Api.customer(1, 0, "Привет")));
        try (Connection connection = StoreOpeningTest.connect(AccountFiles.of(dataDir, BUSINESS).database());
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE chats SET status = 'WAITING_FOR_ROBOT', type = 'GROUP', context_type = 'SHOP'");
            statement.execute("UPDATE messages SET sender = 'BOT'");
        }

        ChatSummary chat = store.chats().find(10).orElseThrow();
        assertThat(chat.status()).isEqualTo(ChatStatus.UNKNOWN);
        assertThat(chat.type()).isEqualTo(ChatType.UNKNOWN);
        assertThat(chat.contextType()).isEqualTo(ChatContextType.UNKNOWN);
        assertThat(store.messages().page(10, null, 1).get(0).sender()).isEqualTo(MessageSender.UNKNOWN);
    }

    @Test
    void everyFieldOfAMessageRoundTripsIncludingPayloadOnlyAndUnknownSenders() {
        store.chats().upsert(List.of(Api.orderChat(10, "Анна", 555, ChatStatus.NEW, Api.at(0))));
        ChatMessage text = new ChatMessage(1, OffsetDateTime.parse("2026-07-01T10:15:00.5+03:00"),
                MessageSender.CUSTOMER, "Привет!\nВот фото", List.of(
                new ChatAttachment("a.jpg", "https://files.example/a.jpg", 10),
                new ChatAttachment("b.pdf", "https://files.example/b.pdf", 20_000_000)));
        ChatMessage payloadOnly = new ChatMessage(2, Api.at(20), MessageSender.SUPPORT, null,
                List.of(new ChatAttachment("c.png", "https://files.example/c.png", 0)));
        ChatMessage unknown = new ChatMessage(3, Api.at(21), MessageSender.UNKNOWN, "?", List.of());
        ChatMessage noTime = new ChatMessage(4, null, (String) null, "", List.of());

        store.messages().upsert(10, List.of(text, payloadOnly, unknown, noTime));
        reopen();

        assertThat(store.messages().page(10, null, 10)).containsExactly(
                stored(text), stored(payloadOnly), stored(unknown), stored(noTime));
    }

    static StoredMessage stored(ChatMessage message) {
        return new StoredMessage(10, message.messageId(), message.createdAt(), message.senderName(), message.message(),
                message.payload().stream().map(a -> new StoredAttachment(a.name(), a.url(), a.size())).toList());
    }
}
