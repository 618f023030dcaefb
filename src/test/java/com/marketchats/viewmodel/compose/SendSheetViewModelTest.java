package com.marketchats.viewmodel.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxAttachment;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.store.ChatSummary;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The send sheet's model on the demo cabinet's real outbox, with background and UI work run at once. */
class SendSheetViewModelTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    static Path dataDir;
    @TempDir
    Path files;

    private static DemoCabinet cabinet;
    private static ChatInbox inbox;
    private static List<ChatSummary> chats;

    private final I18n texts = I18n.forLocale(RUSSIAN);
    private ComposeViewModel compose;
    private SendSheetViewModel sheet;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDir);
        inbox = cabinet.inbox();
        chats = ComposeChats.orderChats(inbox);
        assertThat(chats).hasSizeGreaterThanOrEqualTo(8);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @BeforeEach
    void newModel() {
        compose = new ComposeViewModel(inbox, DemoCabinet.synchronousUi(RUSSIAN, TestClock.at("2026-11-26T14:05:30Z")));
        sheet = compose.sheet();
    }

    @Test
    void refusedFilesAreListedWithTheReasonAndOnlyTheOthersGoOnSend() throws IOException {
        ChatSummary chat = chats.get(0);
        compose.setChat(chat);
        Path tooLarge = write("отчёт.pdf", 6_501_171);
        Path folder = Files.createDirectory(files.resolve("Документы"));
        Path missing = files.resolve("нет-такого.txt");
        Path empty = write("пустой.txt", 0);
        Path good = write("счёт.pdf", 2_000);

        sheet.addFiles(List.of(tooLarge, folder, missing, empty, good));

        assertThat(sheet.openProperty().get()).isTrue();
        assertThat(sheet.files()).extracting(SheetFile::refusal).containsExactly(
                "Файл «отчёт.pdf» больше 5 МБ (6,2 МБ) — его нельзя отправить.",
                texts.text("outbox.problem.NOT_A_FILE", "Документы"),
                texts.text("outbox.problem.FILE_MISSING", "нет-такого.txt"),
                texts.text("outbox.problem.FILE_EMPTY", "пустой.txt"),
                "");
        assertThat(sheet.files().get(4).sizeText()).isEqualTo("2 КБ");
        assertThat(sheet.titleProperty().get()).isEqualTo("Отправить 1 файл");
        assertThat(inbox.outboxItems(chat.chatId())).isEmpty();

        sheet.send();

        assertThat(sheet.openProperty().get()).isFalse();
        awaitSandbox(chat, List.of("счёт.pdf"));
    }

    @Test
    void sendQueuesTheFilesInOrderThenTheTextAsTheNextMessage() throws IOException {
        ChatSummary chat = chats.get(1);
        compose.setChat(chat);
        sheet.addFiles(List.of(write("3-накладная.pdf", 10), write("1-фото.jpg", 20)));
        sheet.addFiles(List.of(write("2-чек.png", 30)));
        sheet.commentProperty().set("Вот документы по заказу");
        assertThat(inbox.outboxItems(chat.chatId())).isEmpty();

        sheet.send();

        assertThat(sheet.files()).isEmpty();
        assertThat(sheet.commentProperty().get()).isEmpty();
        awaitSandbox(chat, List.of("3-накладная.pdf", "1-фото.jpg", "2-чек.png", "Вот документы по заказу"));
    }

    @Test
    void aRemovedFileIsNotSentAndCancelLeavesTheOutboxEmpty() throws IOException {
        ChatSummary chat = chats.get(2);
        compose.setChat(chat);
        sheet.addFiles(List.of(write("чужой-заказ.png", 40), write("наш-заказ.png", 50)));

        sheet.remove(sheet.files().get(0));
        assertThat(sheet.files()).extracting(SheetFile::name).containsExactly("наш-заказ.png");

        sheet.commentProperty().set("Не то");
        sheet.cancel();

        assertThat(sheet.openProperty().get()).isFalse();
        assertThat(sheet.commentProperty().get()).isEmpty();
        assertThat(inbox.outboxItems(chat.chatId())).isEmpty();
        assertThat(sentNames(chat)).doesNotContain("чужой-заказ.png", "наш-заказ.png");
    }

    @Test
    void eachChatKeepsItsSheetWhileTheSellerLooksAtAnother() throws IOException {
        ChatSummary first = chats.get(3);
        ChatSummary second = chats.get(4);
        compose.setChat(first);
        sheet.addFiles(List.of(write("фото.jpg", 10)));
        sheet.commentProperty().set("Фото товара");
        // A drop onto another chat in the list goes to that chat's sheet, not the open one.
        sheet.addFiles(second.chatId(), List.of(write("чек.pdf", 10)));
        assertThat(sheet.files()).extracting(SheetFile::name).containsExactly("фото.jpg");

        compose.setChat(second);
        assertThat(sheet.files()).extracting(SheetFile::name).containsExactly("чек.pdf");
        assertThat(sheet.commentProperty().get()).isEmpty();

        compose.setChat(first);
        assertThat(sheet.files()).extracting(SheetFile::name).containsExactly("фото.jpg");
        assertThat(sheet.commentProperty().get()).isEqualTo("Фото товара");
        assertThat(inbox.outboxItems(first.chatId())).isEmpty();
        assertThat(inbox.outboxItems(second.chatId())).isEmpty();
    }

    @Test
    void aFileGoneSinceItWasChosenStaysWithTheReasonAndTheOthersGo() throws IOException {
        ChatSummary chat = chats.get(5);
        compose.setChat(chat);
        Path moved = write("перемещён.pdf", 10);
        sheet.addFiles(List.of(moved, write("на-месте.pdf", 10)));
        sheet.commentProperty().set("Документ во вложении");
        Files.delete(moved);

        sheet.send();

        assertThat(sheet.files()).extracting(SheetFile::refusal)
                .containsExactly(texts.text("outbox.problem.FILE_MISSING", "перемещён.pdf"));
        assertThat(sheet.canSendProperty().get()).isFalse();
        awaitSandbox(chat, List.of("на-месте.pdf", "Документ во вложении"));
    }

    @Test
    void aPastedImageIsEncodedByImageIoAndGoesOnlyOnSend() throws IOException {
        ChatSummary chat = chats.get(6);
        compose.setChat(chat);
        int[] pixels = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF, 0x00000000, 0xFF123456};

        sheet.addImage(3, 2, pixels);

        SheetFile pasted = sheet.files().get(0);
        assertThat(pasted.name()).isEqualTo("Снимок 2026-11-26 14-05.png");
        assertThat(pasted.image()).isTrue();
        BufferedImage decoded = ImageIO.read(pasted.path().toFile());
        assertThat(decoded.getWidth()).isEqualTo(3);
        assertThat(decoded.getHeight()).isEqualTo(2);
        assertThat(decoded.getRGB(2, 1)).isEqualTo(0xFF123456);
        assertThat(decoded.getRGB(0, 1) >>> 24).as("alpha kept").isEqualTo(0x80);
        assertThat(inbox.outboxItems(chat.chatId())).isEmpty();

        sheet.send();

        assertThat(pasted.path()).as("the temporary file, once the outbox has its copy").doesNotExist();
        awaitSandbox(chat, List.of("Снимок 2026-11-26 14-05.png"));
    }

    @Test
    void closingTheAppWithOpenSheetsQueuesNothingAndDeletesPastedImages() throws IOException {
        ChatSummary first = chats.get(7);
        ChatSummary second = chats.get(0);
        compose.setChat(first);
        sheet.addImage(1, 1, new int[] {0xFF000000});
        Path pasted = sheet.files().get(0).path();
        compose.setChat(second);
        sheet.addFiles(List.of(write("счёт-2.pdf", 10)));

        compose.flushDraft();

        assertThat(pasted).doesNotExist();
        assertThat(inbox.outboxItems(first.chatId())).isEmpty();
        assertThat(sentNames(second)).doesNotContain("счёт-2.pdf");
    }

    private Path write(String name, int size) throws IOException {
        return Files.write(files.resolve(name), new byte[size]);
    }

    /** Waits until the buyer's side got exactly these files and texts, in this order, at the end of the chat. */
    private static void awaitSandbox(ChatSummary chat, List<String> expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> sent = sentNames(chat);
            assertThat(sent.subList(Math.max(0, sent.size() - expected.size()), sent.size())).isEqualTo(expected);
        });
    }

    /** What the chat holds on the buyer's side: each message's text or its files' names. */
    private static List<String> sentNames(ChatSummary chat) {
        return cabinet.sandbox().state().history(chat.chatId()).stream().flatMap(SendSheetViewModelTest::parts).toList();
    }

    private static Stream<String> parts(SandboxMessage message) {
        Stream<String> names = message.attachments().stream().map(SandboxAttachment::name);
        return message.text() == null || message.text().isEmpty() ? names : Stream.concat(Stream.of(message.text()), names);
    }
}
