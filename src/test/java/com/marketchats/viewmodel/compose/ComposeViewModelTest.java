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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    @TempDir
    Path files;

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

    @Test
    void onlyAcceptableFilesAreQueuedAndEveryRefusedOneIsNamed() throws IOException {
        ChatSummary chat = orderChats.get(5);
        Path tooLarge = write("отчёт.pdf", 6_501_171);
        Path folder = Files.createDirectory(files.resolve("Документы"));
        Path missing = files.resolve("нет-такого.txt");
        Path empty = write("пустой.txt", 0);
        Path good = write("счёт.pdf", 2_000);
        model.setChat(chat);

        model.attachFiles(List.of(tooLarge, folder, missing, empty, good));

        assertThat(outboxItems(chat)).extracting(OutboxItem::fileName).containsExactly("счёт.pdf");
        assertThat(model.attachProblems()).containsExactly(
                "Файл «отчёт.pdf» больше 5 МБ (6,2 МБ) — его нельзя отправить.",
                texts.text("outbox.problem.NOT_A_FILE", "Документы"),
                texts.text("outbox.problem.FILE_MISSING", "нет-такого.txt"),
                texts.text("outbox.problem.FILE_EMPTY", "пустой.txt"));

        model.dismissProblems();
        assertThat(model.attachProblems()).isEmpty();
    }

    @Test
    void severalFilesAreQueuedInTheOrderGiven() throws IOException {
        ChatSummary chat = orderChats.get(6);
        model.setChat(chat);

        model.attachFiles(List.of(write("3-накладная.pdf", 10), write("1-фото.jpg", 20), write("2-чек.png", 30)));

        assertThat(model.attachProblems()).isEmpty();
        assertThat(outboxItems(chat)).extracting(OutboxItem::fileName)
                .containsExactly("3-накладная.pdf", "1-фото.jpg", "2-чек.png");
    }

    @Test
    void aPastedImageIsQueuedAsANamedPng() throws IOException {
        ChatSummary chat = orderChats.get(7);
        model.setChat(chat);
        int[] pixels = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF, 0x00000000, 0xFF123456};

        model.attachImage(3, 2, pixels);

        assertThat(model.attachProblems()).isEmpty();
        OutboxItem item = outboxItems(chat).stream()
                .filter(queued -> queued.fileName().equals("Снимок 2026-11-26 14-05.png")).findFirst().orElseThrow();
        byte[] png = Files.readAllBytes(item.filePath());
        assertThat(png).startsWith(PngEncoder.SIGNATURE);
        assertThat(ByteBuffer.wrap(png, 8, 4).getInt()).as("IHDR length").isEqualTo(13);
        assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        assertThat(ByteBuffer.wrap(png, 16, 4).getInt()).as("width").isEqualTo(3);
        assertThat(ByteBuffer.wrap(png, 20, 4).getInt()).as("height").isEqualTo(2);
    }

    @Test
    void aPastedImageIsNamedInEnglishForEnglishUsers() {
        ChatSummary chat = orderChats.get(7);
        ComposeViewModel english = new ComposeViewModel(inbox, DemoCabinet.synchronousUi(Locale.ENGLISH, clock));
        english.setChat(chat);

        english.attachImage(1, 1, new int[] {0xFF000000});

        assertThat(outboxItems(chat)).extracting(OutboxItem::fileName).contains("Image 2026-11-26 14-05.png");
    }

    private Path write(String name, int size) throws IOException {
        return Files.write(files.resolve(name), new byte[size]);
    }

    private static List<OutboxItem> outboxItems(ChatSummary chat) {
        return inbox.outboxItems(chat.chatId()).stream().map(entry -> entry.item()).toList();
    }

    private static long sandboxMessagesWithText(ChatSummary chat, String text) {
        List<SandboxMessage> history = cabinet.sandbox().state().history(chat.chatId());
        return history.stream().filter(message -> text.equals(message.text())).count();
    }
}
