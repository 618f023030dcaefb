package com.marketchats.viewmodel.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.OutboxItem;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.InvisibleTexts;
import com.marketchats.testing.TestClock;
import com.marketchats.viewmodel.UiContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The compose box's model on the demo cabinet, with background and UI work run at once. */
class ComposeViewModelTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    static Path dataDir;

    private static DemoCabinet cabinet;
    private static ChatInbox inbox;
    private static List<ChatSummary> orderChats;

    private final I18n texts = I18n.forLocale(RUSSIAN);
    private final TestClock clock = TestClock.at("2026-11-26T14:05:30Z");
    private ComposeViewModel model;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDir);
        inbox = cabinet.inbox();
        orderChats = ComposeChats.orderChats(inbox);
        assertThat(orderChats).hasSizeGreaterThanOrEqualTo(8);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @BeforeEach
    void newModelWithoutDrafts() {
        orderChats.forEach(chat -> inbox.saveDraft(chat.chatId(), ""));
        model = newModel(clock);
    }

    private ComposeViewModel newModel(TestClock testClock) {
        UiContext ui = DemoCabinet.synchronousUi(RUSSIAN, testClock);
        return new ComposeViewModel(inbox, ui);
    }

    @Test
    void theCounterCountsCharactersAsTheApiDoesSoAnEmojiIsOne() {
        model.setChat(orderChats.get(0));
        model.textProperty().set("Привет \uD83D\uDC4B");

        assertThat(model.counterTextProperty().get()).isEqualTo("8 / 4096");
    }

    @Test
    void exactly4096CharactersMayBeSentAnd4097AreBlockedWithTheCount() {
        model.setChat(orderChats.get(0));
        model.textProperty().set("\uD83D\uDE00".repeat(4096));

        assertThat(model.canSendProperty().get()).isTrue();
        assertThat(model.overLimitProperty().get()).isFalse();
        assertThat(model.sendBlockedReasonProperty().get()).isEmpty();

        model.textProperty().set("\uD83D\uDE00".repeat(4096) + "!");

        assertThat(model.canSendProperty().get()).isFalse();
        assertThat(model.overLimitProperty().get()).isTrue();
        assertThat(model.sendBlockedReasonProperty().get()).contains("4097").contains("4096");
    }

    @Test
    void emptyOrBlankTextAndNoChatCannotBeSent() {
        assertThat(model.sendBlockedReasonProperty().get()).isEqualTo(texts.text("compose.blocked.noChat"));
        assertThat(model.hasChatProperty().get()).isFalse();

        model.setChat(orderChats.get(0));
        assertThat(model.sendBlockedReasonProperty().get()).isEqualTo(texts.text("compose.blocked.empty"));
        model.textProperty().set("  \n\t ");
        assertThat(model.sendBlockedReasonProperty().get()).isEqualTo(texts.text("compose.blocked.empty"));
        assertThat(model.canSendProperty().get()).isFalse();
    }

    @Test
    void textsThatDrawNothingCannotBeSentWithTheEmptyTextReasonAndOneVisibleCharacterCan() {
        ChatSummary chat = orderChats.get(2);
        model.setChat(chat);
        int queuedBefore = outboxItems(chat).size();

        for (String invisible : InvisibleTexts.ALL) {
            model.textProperty().set(invisible);
            assertThat(model.sendBlockedReasonProperty().get()).as("starting with U+%04X", invisible.codePointAt(0))
                    .isEqualTo(texts.text("compose.blocked.empty"));
            assertThat(model.canSendProperty().get()).isFalse();
            model.send();
        }
        assertThat(outboxItems(chat)).hasSize(queuedBefore);

        model.textProperty().set(InvisibleTexts.around("."));
        assertThat(model.sendBlockedReasonProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void sendQueuesOneOutboxItemClearsTextAndDraftAndTheBuyerGetsItOnce() {
        ChatSummary chat = orderChats.get(1);
        String text = "Здравствуйте! Заказ собран \uD83D\uDCE6 " + UUID.randomUUID();
        model.setChat(chat);
        model.textProperty().set("  " + text + "\n");

        model.send();

        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(inbox.draft(chat.chatId())).isEmpty();
        assertThat(outboxItems(chat)).filteredOn(item -> text.equals(item.text())).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> sandboxMessagesWithText(chat, text) == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> sandboxMessagesWithText(chat, text) == 1);
    }

    @Test
    void aRefusedSendKeepsTheTextAndSaysWhy() {
        ChatSummary refusing = ComposeChats.changed(orderChats.get(2), 0, "Анна");
        model.setChat(refusing);
        model.textProperty().set("Не потеряйте меня");

        model.send();

        assertThat(model.textProperty().get()).isEqualTo("Не потеряйте меня");
        assertThat(model.errorTextProperty().get()).isEqualTo(texts.text("outbox.problem.CHAT_ID_INVALID"));
        assertThat(model.sendingProperty().get()).isFalse();
        assertThat(inbox.outboxItems(0)).isEmpty();
    }

    @Test
    void draftsAreKeptPerChatAcrossSwitchesAndARestart() {
        ChatSummary first = orderChats.get(3);
        ChatSummary second = orderChats.get(4);
        model.setChat(first);
        model.textProperty().set("Черновик первого");
        model.setChat(second);
        assertThat(model.textProperty().get()).isEmpty();
        model.textProperty().set("Черновик второго");

        model.setChat(first);
        assertThat(model.textProperty().get()).isEqualTo("Черновик первого");
        model.setChat(second);
        assertThat(model.textProperty().get()).isEqualTo("Черновик второго");
        model.flushDraft();

        ComposeViewModel afterRestart = newModel(clock);
        afterRestart.setChat(first);
        assertThat(afterRestart.textProperty().get()).isEqualTo("Черновик первого");
        afterRestart.textProperty().set("");
        afterRestart.setChat(second);
        assertThat(afterRestart.textProperty().get()).isEqualTo("Черновик второго");
        assertThat(inbox.draft(first.chatId())).as("blank text deletes the draft").isEmpty();
    }

    private static List<OutboxItem> outboxItems(ChatSummary chat) {
        return inbox.outboxItems(chat.chatId()).stream().map(entry -> entry.item()).toList();
    }

    private static long sandboxMessagesWithText(ChatSummary chat, String text) {
        List<SandboxMessage> history = cabinet.sandbox().state().history(chat.chatId());
        return history.stream().filter(message -> text.equals(message.text())).count();
    }
}
