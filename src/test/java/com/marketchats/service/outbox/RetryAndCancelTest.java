package com.marketchats.service.outbox;

import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;

import static com.marketchats.service.outbox.ScriptedChatsApi.await;
import static com.marketchats.service.outbox.ScriptedChatsApi.fail;
import static com.marketchats.service.outbox.ScriptedChatsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The seller's Retry and Cancel, in every state they apply to. */
class RetryAndCancelTest extends OutboxFixture {

    private static final long CHAT = 10;

    @Test
    void retryQueuesAFailedItemAgainAndItGoes() {
        api.script(CHAT, fail(Failures.status(400, "BAD_REQUEST", "Bad request")));
        OutboxItem failed = awaitState(outbox.sendText(CHAT, "Добрый день"), OutboxState.FAILED);

        assertThat(outbox.retry(failed.id())).isTrue();

        OutboxItem sent = awaitState(failed, OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(api.arrived(CHAT)).containsExactly("Добрый день");
        assertThat(outbox.retry(sent.id())).as("only a FAILED item can be retried").isFalse();
        assertThat(outbox.retry(404)).isFalse();
    }

    @Test
    void cancellingAQueuedFileDeletesItsCopyAndNothingIsSent() throws Exception {
        sender.stop();
        OutboxItem photo = outbox.sendFile(CHAT, file("photo.jpg", 4_000));
        assertThat(copiesOnDisk()).hasSize(1);

        assertThat(outbox.cancel(photo.id())).isEqualTo(CancelOutcome.CANCELLED);
        sender.start();

        assertThat(item(photo.id()).state()).isEqualTo(OutboxState.CANCELLED);
        assertThat(copiesOnDisk()).isEmpty();
        assertThat(outbox.items(CHAT)).isEmpty();
        eventually().until(() -> store.outbox().pending().isEmpty());
        assertThat(api.sendCalls()).isZero();
    }

    @Test
    void aFailedItemCanBeCancelled() throws Exception {
        api.script(CHAT, fail(Failures.status(404, "NOT_FOUND", "Chat not found")));
        OutboxItem failed = awaitState(outbox.sendFile(CHAT, file("label.png", 500)), OutboxState.FAILED);

        assertThat(outbox.cancel(failed.id())).isEqualTo(CancelOutcome.CANCELLED);

        assertThat(item(failed.id()).state()).isEqualTo(OutboxState.CANCELLED);
        assertThat(copiesOnDisk()).isEmpty();
        assertThat(outbox.cancel(failed.id())).as("twice").isEqualTo(CancelOutcome.NOT_CANCELLABLE);
    }

    @Test
    void aTextBeingSentCannotBeCalledBack() {
        CountDownLatch answer = new CountDownLatch(1);
        api.script(CHAT, await(answer, ok()));
        OutboxItem item = awaitState(outbox.sendText(CHAT, "Уже в пути"), OutboxState.SENDING);

        assertThat(outbox.cancel(item.id())).isEqualTo(CancelOutcome.NOT_CANCELLABLE);
        answer.countDown();

        awaitState(item, OutboxState.SENT);
    }

    @Test
    void aFileUploadIsAbortedAndCancelledWhenTheServerDidNotGetIt() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        api.script(CHAT, call -> {
            call.progress(1_000);
            never.await();
            call.commit();
        });
        OutboxItem upload = outbox.sendFile(CHAT, file("video.mp4", 400_000));
        eventually().until(() -> outbox.progress(upload.id()).isPresent());

        // CANCELLED when the aborted attempt ended before cancel() returned.
        assertThat(outbox.cancel(upload.id())).isIn(CancelOutcome.CANCELLING, CancelOutcome.CANCELLED);

        OutboxItem cancelled = awaitState(upload, OutboxState.CANCELLED);
        assertThat(cancelled.lastErrorKind()).isEqualTo(FailureCode.CANCELLED.name());
        assertThat(api.arrived(CHAT)).isEmpty();
        assertThat(copiesOnDisk()).isEmpty();
        assertThat(outbox.progress(upload.id())).isEmpty();
    }

    @Test
    void anAbortedUploadTheServerGotAnywayEndsSentAndLinked() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        api.script(CHAT, call -> {
            call.commit();
            committed.countDown();
            never.await();
        });
        OutboxItem upload = outbox.sendFile(CHAT, file("video.mp4", 400_000));
        committed.await();

        assertThat(outbox.cancel(upload.id())).isEqualTo(CancelOutcome.CANCELLING);

        OutboxItem sent = awaitState(upload, OutboxState.SENT);
        assertThat(sent.serverMessageId()).isEqualTo(api.history(CHAT).get(0).messageId());
        assertThat(api.arrived(CHAT)).containsExactly("video.mp4");
        assertThat(copiesOnDisk()).as("linked, so the copy goes").isEmpty();
    }

    @Test
    void cancellingTheNextItemOfAChatLeavesTheOthers() {
        sender.stop();
        OutboxItem first = outbox.sendText(CHAT, "Первое");
        OutboxItem second = outbox.sendText(CHAT, "Второе");
        OutboxItem third = outbox.sendText(CHAT, "Третье");

        outbox.cancel(second.id());
        sender.start();

        awaitState(third, OutboxState.SENT);
        assertThat(item(first.id()).state()).isEqualTo(OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly("Первое", "Третье");
    }
}
