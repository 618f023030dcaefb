package com.marketchats.viewmodel.compose;

import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.service.settings.QuickReply;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quick replies going into the compose box on the demo cabinet: values from the chat, a declared
 * fallback, and a variable without either left selected for the seller instead of a guessed word or a gap.
 */
class QuickReplyInsertionTest {

    private static final long HIDDEN_BUYER_ORDER_CHAT = 7_000_003;

    @TempDir
    static Path dataDir;
    private static DemoCabinet cabinet;
    private static ChatInbox inbox;

    private ComposeViewModel model;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDir);
        inbox = cabinet.inbox();
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @BeforeEach
    void newModel() {
        model = new ComposeViewModel(inbox, DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"),
                TestClock.at("2026-11-26T14:05:30Z")));
    }

    @Test
    void valuesTheChatHasAreFilledInAndTheCaretGoesAfterTheReply() {
        ChatSummary chat = ComposeChats.orderChats(inbox).get(0);
        model.setChat(chat);
        model.textProperty().set("Итак. ");

        TextSpan next = model.insertQuickReply(new QuickReply("Отправлен",
                "{buyerName|покупатель}, заказ №{orderId} отправлен."), 6, 6);

        String reply = chat.customerName().strip() + ", заказ №" + chat.orderId() + " отправлен.";
        assertThat(model.textProperty().get()).isEqualTo("Итак. " + reply);
        assertThat(next).isEqualTo(new TextSpan(6 + reply.length(), 6 + reply.length()));
    }

    @Test
    void aHiddenBuyerNameIsLeftSelectedNeverReplacedByAWord() {
        model.setChat(chat(HIDDEN_BUYER_ORDER_CHAT));
        assertThat(model.hasChatProperty().get()).isTrue();
        model.textProperty().set("");

        TextSpan next = model.insertQuickReply(new QuickReply("Привет", "Здравствуйте, {buyerName}! Заказ {orderId}."),
                0, 0);

        String text = model.textProperty().get();
        assertThat(text).isEqualTo("Здравствуйте, [имя покупателя]! Заказ 51234567803.")
                .doesNotContain("Покупатель").doesNotContain(", !");
        assertThat(text.substring(next.start(), next.end())).isEqualTo("[имя покупателя]");
    }

    @Test
    void aMissingOrderNumberInAChatWithoutOrderIsSelectedInsideTheTypedText() {
        ChatSummary direct = ComposeChats.directChat(inbox);
        model.setChat(direct);
        model.textProperty().set("Добрый день. ЗАМЕНИТЬ");

        TextSpan next = model.insertQuickReply(new QuickReply("Номер", "Заказ №{orderId} отправлен."), 13, 21);

        assertThat(model.textProperty().get()).isEqualTo("Добрый день. Заказ №[номер заказа] отправлен.");
        assertThat(next).isEqualTo(new TextSpan(20, 34));
    }

    @Test
    void aDeclaredFallbackIsUsedOnlyWhenTheChatHasNoValue() {
        QuickReply reply = new QuickReply("Привет", "Здравствуйте, {buyerName|покупатель}! Возврат {returnId|оформлен}.");
        model.setChat(chat(HIDDEN_BUYER_ORDER_CHAT));

        assertThat(model.expand(reply)).isEqualTo("Здравствуйте, покупатель! Возврат оформлен.");

        ChatSummary named = ComposeChats.orderChats(inbox).get(0);
        model.setChat(named);
        assertThat(model.expand(reply)).isEqualTo("Здравствуйте, " + named.customerName().strip()
                + "! Возврат оформлен.");
    }

    @Test
    void theMenuInsertsByPositionAndListsTitlesInOrder() {
        ChatSummary chat = ComposeChats.orderChats(inbox).get(0);
        model.setChat(chat);
        model.quickReplies().setAll(new QuickReply("Номер", "заказ {orderId}"), new QuickReply("Спасибо", "Спасибо!"));
        model.textProperty().set("Ваш  готов");

        TextSpan next = model.insertQuickReply(0, 4, 4);

        assertThat(model.textProperty().get()).isEqualTo("Ваш заказ " + chat.orderId() + " готов");
        assertThat(next.start()).isEqualTo(next.end()).isEqualTo(("Ваш заказ " + chat.orderId()).length());
        assertThat(model.quickReplyTitles()).containsExactly("Номер", "Спасибо");
    }

    private static ChatSummary chat(long chatId) {
        return inbox.chats(ChatQuery.of(ChatGroup.ALL)).stream().filter(chat -> chat.chatId() == chatId)
                .findFirst().orElseThrow();
    }
}
