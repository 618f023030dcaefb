package com.marketchats.store;

import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.marketchats.store.Api.attachment;
import static com.marketchats.store.Api.customer;
import static com.marketchats.store.Api.files;
import static com.marketchats.store.Api.from;
import static com.marketchats.store.Api.partner;
import static org.assertj.core.api.Assertions.assertThat;

/** Unread count, last-message preview and waiting-since are kept current by every write. */
class DerivedFieldsTest extends StoreFixture {

    private final ChatInfo chat = Api.orderChat(10, "Анна", 555, ChatStatus.WAITING_FOR_PARTNER, Api.at(30));

    @BeforeEach
    void writeChat() {
        store.chats().upsert(List.of(chat));
    }

    private ChatSummary summary() {
        return store.chats().find(10).orElseThrow();
    }

    @Test
    void buyerMarketAndSupportMessagesCountAsUnreadAndPartnerMessagesDoNot() {
        store.messages().upsert(10, List.of(
                customer(1, 1, "Здравствуйте"),
                from(MessageSender.MARKET, 2, 2, "Покупатель оформил заказ"),
                from(MessageSender.SUPPORT, 3, 3, "Поддержка на связи"),
                partner(4, 4, "Добрый день"),
                from(MessageSender.UNKNOWN, 5, 5, "?")));

        assertThat(summary().unreadCount()).isEqualTo(3);
        assertThat(store.chatList().totalUnread()).isEqualTo(3);
    }

    @Test
    void theReadMarkCountsOnlyLaterMessagesAndOnlyMovesForward() {
        store.messages().upsert(10, List.of(customer(1, 1, "a"), customer(2, 2, "b"), customer(3, 3, "c")));

        store.readMarks().markReadUpTo(10, 2);
        assertThat(summary().unreadCount()).isEqualTo(1);

        store.readMarks().markReadUpTo(10, 1);
        assertThat(summary().unreadCount()).isEqualTo(1);
        assertThat(store.readMarks().lastRead(10)).hasValue(2);

        store.messages().upsert(10, List.of(customer(4, 4, "d"), partner(5, 5, "e")));
        assertThat(summary().unreadCount()).isEqualTo(2);

        store.readMarks().markAllRead(10);
        assertThat(summary().unreadCount()).isZero();
        assertThat(store.readMarks().lastRead(10)).hasValue(5);
        assertThat(store.chatList().totalUnread()).isZero();
    }

    @Test
    void aReadMarkWrittenBeforeTheMessagesArriveApplies() {
        store.readMarks().markReadUpTo(10, 2);
        store.messages().upsert(10, List.of(customer(1, 1, "a"), customer(2, 2, "b"), customer(3, 3, "c")));

        assertThat(summary().unreadCount()).isEqualTo(1);
    }

    @Test
    void thePreviewIsTheLastMessageOnOneLineWithItsSenderAndTime() {
        store.messages().upsert(10, List.of(customer(1, 1, "первое"), partner(2, 7, "  Добрый день!\n\nЗаказ   отправлен.  ")));

        ChatSummary summary = summary();
        assertThat(summary.lastMessagePreview()).isEqualTo("Добрый день! Заказ отправлен.");
        assertThat(summary.lastMessageSender()).isEqualTo(MessageSender.PARTNER);
        assertThat(summary.lastMessageAt()).isEqualTo(Api.at(7));
        assertThat(summary.lastMessageId()).isEqualTo(2L);
    }

    @Test
    void theLastMessageIsTheHighestIdWhateverOrderThePagesCameIn() {
        store.messages().upsert(10, List.of(customer(5, 5, "пятое")));
        store.messages().upsert(10, List.of(customer(3, 3, "третье"), customer(4, 4, "четвёртое")));

        assertThat(summary().lastMessagePreview()).isEqualTo("пятое");
    }

    @Test
    void aLongPreviewIsCutToOneHundredTwentyCharactersWithAnEllipsis() {
        store.messages().upsert(10, List.of(customer(1, 1, "ж".repeat(300))));

        assertThat(summary().lastMessagePreview()).hasSize(MessagePreview.MAX_LENGTH).endsWith("…");
    }

    @Test
    void aMessageWithOnlyFilesPreviewsAsItsFirstFileName() {
        store.messages().upsert(10, List.of(customer(1, 1, "Вот фото"),
                files(MessageSender.CUSTOMER, 2, 2, attachment("трещина.jpg"), attachment("коробка.jpg"))));

        assertThat(summary().lastMessagePreview()).isEqualTo("трещина.jpg");
        assertThat(summary().lastMessageSender()).isEqualTo(MessageSender.CUSTOMER);
    }

    @Test
    void waitingSinceIsTheOldestBuyerMessageAfterThePartnersLastAnswer() {
        store.messages().upsert(10, List.of(customer(1, 1, "вопрос"), partner(2, 2, "ответ"),
                customer(3, 3, "ещё вопрос"), from(MessageSender.MARKET, 4, 4, "уведомление"), customer(5, 5, "ау")));

        assertThat(summary().waitingSince()).isEqualTo(Api.at(3));
    }

    @Test
    void waitingSinceClearsWhenThePartnerAnswers() {
        store.messages().upsert(10, List.of(customer(1, 1, "вопрос")));
        assertThat(summary().waitingSince()).isEqualTo(Api.at(1));

        store.messages().upsert(10, List.of(partner(2, 2, "ответ")));

        assertThat(summary().waitingSince()).isNull();
    }

    @Test
    void waitingSinceClearsWhenTheStatusNoLongerNeedsAReplyAndComesBackWithIt() {
        store.messages().upsert(10, List.of(customer(1, 1, "вопрос")));

        store.chats().upsert(List.of(Api.withStatus(chat, ChatStatus.WAITING_FOR_CUSTOMER)));
        assertThat(summary().waitingSince()).isNull();
        assertThat(summary().needsReply()).isFalse();

        store.chats().upsert(List.of(Api.withStatus(chat, ChatStatus.NEW)));
        assertThat(summary().waitingSince()).isEqualTo(Api.at(1));
    }

    @Test
    void messagesWrittenBeforeTheirChatAreCountedWhenTheChatArrives() {
        store.messages().upsert(20, List.of(customer(1, 1, "раньше чата")));
        store.chats().upsert(List.of(Api.orderChat(20, "Игорь", 556, ChatStatus.NEW, Api.at(1))));

        ChatSummary late = store.chats().find(20).orElseThrow();
        assertThat(late.unreadCount()).isEqualTo(1);
        assertThat(late.lastMessagePreview()).isEqualTo("раньше чата");
        assertThat(late.waitingSince()).isEqualTo(Api.at(1));
    }

    @Test
    void theSamePagesWrittenTwiceChangeNothing() {
        List<ChatMessage> page = List.of(customer(1, 1, "вопрос"), partner(2, 2, "ответ"),
                files(MessageSender.CUSTOMER, 3, 3, attachment("a.jpg"), attachment("b.jpg")));
        store.messages().upsert(10, page);
        store.readMarks().markReadUpTo(10, 1);
        ChatSummary before = summary();
        List<StoredMessage> messagesBefore = store.messages().page(10, null, 100);

        store.chats().upsert(List.of(chat));
        store.messages().upsert(10, page);
        store.messages().upsert(List.of(new MessageBatch(10, page.subList(1, 3)), new MessageBatch(10, page)));

        assertThat(summary()).isEqualTo(before);
        assertThat(store.messages().page(10, null, 100)).isEqualTo(messagesBefore).hasSize(3);
        assertThat(store.chatList().list(ChatQuery.of(ChatGroup.ALL))).hasSize(1);
    }

    @Test
    void anEditedMessageOrPayloadReplacesTheStoredOne() {
        store.messages().upsert(10, List.of(files(MessageSender.CUSTOMER, 1, 1, attachment("a.jpg"), attachment("b.jpg"))));

        store.messages().upsert(10, List.of(new ChatMessage(1, Api.at(1), MessageSender.CUSTOMER, "подпись",
                List.of(attachment("c.jpg")))));

        StoredMessage message = store.messages().page(10, null, 1).get(0);
        assertThat(message.text()).isEqualTo("подпись");
        assertThat(message.attachments()).extracting(StoredAttachment::name).containsExactly("c.jpg");
        assertThat(summary().lastMessagePreview()).isEqualTo("подпись");
    }
}
