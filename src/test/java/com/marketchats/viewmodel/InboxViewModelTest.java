package com.marketchats.viewmodel;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.api.dto.ChatCustomer;
import com.marketchats.api.dto.ChatFullContext;
import com.marketchats.api.dto.ChatInfo;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.i18n.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The skeleton inbox with a direct UI executor and an in-memory API: no toolkit, no network. */
class InboxViewModelTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T12:00:00+03:00");
    private final Clock clock = Clock.fixed(Instant.from(NOW), ZoneOffset.ofHours(3));
    private final I18n english = I18n.forLocale(Locale.ENGLISH);
    private InMemoryChatsApi api;
    private InboxViewModel model;

    @BeforeEach
    void setUp() {
        api = new InMemoryChatsApi();
        api.chats.add(chat(1, "Анна", ChatStatus.WAITING_FOR_CUSTOMER, ChatType.CHAT, NOW.minusHours(1)));
        api.chats.add(chat(2, null, ChatStatus.WAITING_FOR_PARTNER, ChatType.CHAT, NOW.minusHours(5)));
        api.chats.add(chat(3, "Игорь", ChatStatus.WAITING_FOR_PARTNER, ChatType.CHAT, NOW.minusHours(2)));
        api.chats.add(chat(4, "Олег", ChatStatus.WAITING_FOR_ARBITER, ChatType.ARBITRAGE, NOW.minusDays(2)));
        api.chats.add(chat(3, "Игорь", ChatStatus.WAITING_FOR_PARTNER, ChatType.CHAT, NOW.minusHours(2)));
        model = new InboxViewModel(api, Runnable::run, Runnable::run, english, clock);
    }

    @Test
    void listsEachChatOnceWithThoseNeedingAReplyFirstLongestWaitingOnTop() {
        model.refresh();

        assertThat(model.chats()).extracting(ChatRow::chatId).containsExactly(2L, 3L, 1L, 4L);
        ChatRow anonymous = model.chats().get(0);
        assertThat(anonymous.title()).isEqualTo("Buyer");
        assertThat(anonymous.subject()).isEqualTo("Order 1002");
        assertThat(anonymous.statusText()).isEqualTo("Needs your reply");
        assertThat(anonymous.timeText()).isEqualTo("07:00");
        assertThat(model.chats().get(3).dispute()).isTrue();
        assertThat(model.chats().get(3).timeText()).isNotEqualTo("12:00").isNotEmpty();
        assertThat(model.statusTextProperty().get()).isEqualTo("Chats: 4");
    }

    @Test
    void selectingAChatShowsItsHistoryInIdOrderWithSides() {
        api.history.put(1L, List.of(
                message(12, MessageSender.PARTNER, "Отправим завтра"),
                message(11, MessageSender.CUSTOMER, "Когда доставка?"),
                message(13, MessageSender.MARKET, "Заказ передан в доставку")));
        model.refresh();

        model.selectedChatProperty().set(model.chats().stream().filter(c -> c.chatId() == 1).findFirst().orElseThrow());

        assertThat(model.messages()).extracting(MessageRow::messageId).containsExactly(11L, 12L, 13L);
        assertThat(model.messages()).extracting(MessageRow::side)
                .containsExactly(MessageRow.Side.BUYER, MessageRow.Side.OWN, MessageRow.Side.SYSTEM);
        assertThat(model.messages().get(2).senderName()).isEqualTo("Yandex Market");
    }

    @Test
    void theFirstMessageOfEachDayCarriesThatDay() {
        api.history.put(1L, List.of(
                new ChatMessage(1, NOW.minusDays(40), MessageSender.CUSTOMER, "a", null),
                new ChatMessage(2, NOW.minusDays(40).plusMinutes(5), MessageSender.PARTNER, "b", null),
                new ChatMessage(3, NOW.minusDays(1), MessageSender.CUSTOMER, "c", null),
                new ChatMessage(4, NOW.minusMinutes(5), MessageSender.CUSTOMER, "d", null)));
        model.refresh();

        model.selectedChatProperty().set(model.chats().stream().filter(c -> c.chatId() == 1).findFirst().orElseThrow());

        assertThat(model.messages()).extracting(MessageRow::dayHeader)
                .containsExactly("16 October", null, "Yesterday", "Today");
    }

    @Test
    void sendIsBlockedWithAReasonUntilTheTextFits() {
        model.refresh();
        assertThat(model.sendBlockedReasonProperty().get()).isEqualTo("Choose a chat first");

        model.selectedChatProperty().set(model.chats().get(0));
        assertThat(model.sendBlockedReasonProperty().get()).isEqualTo("Type a message to send");
        model.composeTextProperty().set("   ");
        assertThat(model.canSendProperty().get()).isFalse();

        model.composeTextProperty().set("я".repeat(4097));
        assertThat(model.sendBlockedReasonProperty().get()).isEqualTo("Too long: 4,097 characters, at most 4,096");
        assertThat(model.composeCounterProperty().get()).isEqualTo("4,097 / 4,096");

        model.composeTextProperty().set("\uD83D\uDE00".repeat(4096));
        assertThat(model.canSendProperty().get()).as("emoji count as one character each").isTrue();
    }

    @Test
    void sendingPostsTheTrimmedTextClearsTheBoxAndReloadsTheHistory() {
        model.refresh();
        model.selectedChatProperty().set(model.chats().get(0));
        model.composeTextProperty().set("  Здравствуйте!  ");

        model.send();

        assertThat(api.sent).containsExactly("2:Здравствуйте!");
        assertThat(model.composeTextProperty().get()).isEmpty();
        assertThat(model.messages()).extracting(MessageRow::text).containsExactly("Здравствуйте!");
    }

    @Test
    void aFailedCallShowsWhatHappenedAndWhatToDo() {
        api.rejectKey = true;
        model.refresh();

        assertThat(model.errorTextProperty().get()).contains("API key is not accepted");
        assertThat(model.busyProperty().get()).isFalse();
    }

    private static ChatInfo chat(long id, String buyer, ChatStatus status, ChatType type, OffsetDateTime updated) {
        ChatFullContext context = new ChatFullContext(ChatContextType.ORDER,
                buyer == null ? null : new ChatCustomer(buyer, "p" + id), 21000000L, 1000 + id, null);
        return new ChatInfo(id, null, context, type, status, updated.minusDays(1), updated);
    }

    private static ChatMessage message(long id, MessageSender sender, String text) {
        return new ChatMessage(id, NOW.minusMinutes(60 - id), sender, text, null);
    }
}
