package com.marketchats.service.outbox;

import com.marketchats.service.outbox.OutboxInputException.Problem;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxKind;
import com.marketchats.store.OutboxState;
import com.marketchats.testing.InvisibleTexts;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import static com.marketchats.service.outbox.ScriptedChatsApi.await;
import static com.marketchats.service.outbox.ScriptedChatsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the seller may send, the copy made of a file at enqueue, and idempotent Send. */
class OutboxInputTest extends OutboxFixture {

    private static final long CHAT = 10;
    private static final long OTHER_CHAT = 20;

    @Test
    void emptyAndBlankTextsAreRefusedAndTheOutboxGoesOn() {
        assertRefused(() -> outbox.sendText(CHAT, ""), Problem.EMPTY);
        assertRefused(() -> outbox.sendText(CHAT, " \n\t "), Problem.EMPTY);
        assertRefused(() -> outbox.sendText(CHAT, null), Problem.EMPTY);
        assertRefused(() -> outbox.sendText(0, "Здравствуйте"), Problem.CHAT_ID_INVALID);

        assertThat(store.outbox().unconfirmedForChat(CHAT)).isEmpty();
        assertSendsAfterwards();
    }

    @Test
    void textsThatDrawNothingAreRefusedAsEmptyAndNothingIsQueued() {
        for (String invisible : InvisibleTexts.ALL) {
            assertRefused(() -> outbox.sendText(CHAT, invisible), Problem.EMPTY);
        }

        assertThat(store.outbox().unconfirmedForChat(CHAT)).isEmpty();
        assertThat(store.outbox().pending()).isEmpty();
        OutboxItem dot = outbox.sendText(CHAT, InvisibleTexts.around("."));
        awaitState(dot, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly(InvisibleTexts.around("."));
    }

    @Test
    void aTextOf4097CharactersIsRefusedAndOf4096CodePointsIsTaken() {
        assertRefused(() -> outbox.sendText(CHAT, "a".repeat(4_097)), Problem.TOO_LONG);

        // 4,096 emoji are 8,192 UTF-16 units but 4,096 characters for the API.
        OutboxItem emoji = outbox.sendText(CHAT, "😀".repeat(4_096));

        assertThat(awaitState(emoji, OutboxState.SENT).text()).hasSize(8_192);
        assertThat(api.arrived(CHAT)).containsExactly("😀".repeat(4_096));
    }

    @Test
    void filesThatCannotGoAreRefusedWithTheirReasonAndNothingIsCopied() throws Exception {
        Path tooLarge = file("catalogue.pdf", 6 * 1024 * 1024);
        Path empty = file("empty.txt", 0);
        Path folder = Files.createDirectories(dataDir.resolve("desktop/photos"));

        assertRefused(() -> outbox.sendFile(CHAT, tooLarge), Problem.FILE_TOO_LARGE);
        assertRefused(() -> outbox.sendFile(CHAT, dataDir.resolve("desktop/gone.jpg")), Problem.FILE_MISSING);
        assertRefused(() -> outbox.sendFile(CHAT, folder), Problem.NOT_A_FILE);
        assertRefused(() -> outbox.sendFile(CHAT, empty), Problem.FILE_EMPTY);

        assertThat(store.outbox().unconfirmedForChat(CHAT)).isEmpty();
        assertThat(copiesOnDisk()).isEmpty();
        assertSendsAfterwards();
    }

    @Test
    void aFileOfExactly5MbIsTaken() throws Exception {
        OutboxItem item = outbox.sendFile(CHAT, file("scan.pdf", 5 * 1024 * 1024));

        assertThat(awaitState(item, OutboxState.SENT).fileSize()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void theFileIsCopiedAtEnqueueSoItStillGoesWhenTheOriginalIsDeleted() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        api.script(CHAT, await(gate, ok()));
        Path original = file("receipt.pdf", 48_213);

        OutboxItem item = outbox.sendFile(CHAT, original);
        Files.delete(original);
        gate.countDown();

        assertThat(item.kind()).isEqualTo(OutboxKind.FILE);
        assertThat(item.fileName()).isEqualTo("receipt.pdf");
        assertThat(item.fileSize()).isEqualTo(48_213L);
        assertThat(item.contentType()).isEqualTo("application/pdf");
        assertThat(item.filePath()).startsWith(files.outboxFiles()).hasFileName("receipt.pdf");
        awaitState(item, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly("receipt.pdf");
        assertThat(api.history(CHAT).get(0).payload().get(0).size()).isEqualTo(48_213);
    }

    @Test
    void aCopyThatVanishesFromAppDataFailsWithAClearReasonAndOtherChatsGoOn() throws Exception {
        sender.stop();
        OutboxItem photo = outbox.sendFile(CHAT, file("photo.jpg", 2_000));
        OutboxItem answer = outbox.sendText(OTHER_CHAT, "Отправили сегодня");
        Files.delete(photo.filePath());

        sender.start();

        OutboxItem failed = awaitState(photo, OutboxState.FAILED);
        assertThat(failed.lastErrorKind()).isEqualTo(FailureCode.FILE_LOST.name());
        assertThat(failed.lastErrorMessage()).contains("photo.jpg").contains("attach the file again");
        awaitState(answer, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).isEmpty();
    }

    @Test
    void theSameFingerprintTwiceStoresOneItemAndKeepsOneCopy() throws Exception {
        sender.stop();
        Path original = file("size-chart.png", 10_000);

        OutboxItem first = outbox.sendFile(CHAT, original, "compose-1");
        OutboxItem second = outbox.sendFile(CHAT, original, "compose-1");
        OutboxItem text = outbox.sendText(CHAT, "Вот таблица", "compose-2");
        OutboxItem textAgain = outbox.sendText(CHAT, "Вот таблица", "compose-2");

        assertThat(second).isEqualTo(first);
        assertThat(textAgain).isEqualTo(text);
        assertThat(store.outbox().pending()).extracting(OutboxItem::id).containsExactly(first.id(), text.id());
        assertThat(copiesOnDisk()).containsExactly(first.filePath());
    }

    @Test
    void everyEnqueueIsAnnouncedForItsChat() {
        sender.stop();

        outbox.sendText(CHAT, "Добрый день");

        eventually().until(() -> outboxEventsFor(CHAT) >= 1);
    }

    private void assertSendsAfterwards() {
        OutboxItem fine = outbox.sendText(OTHER_CHAT, "Спасибо за заказ!");
        awaitState(fine, OutboxState.SENT);
    }

    private static void assertRefused(Runnable send, Problem problem) {
        assertThatThrownBy(send::run)
                .isInstanceOfSatisfying(OutboxInputException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
