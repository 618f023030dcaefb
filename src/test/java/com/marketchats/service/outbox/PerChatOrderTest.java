package com.marketchats.service.outbox;

import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static com.marketchats.service.outbox.ScriptedChatsApi.await;
import static com.marketchats.service.outbox.ScriptedChatsApi.fail;
import static com.marketchats.service.outbox.ScriptedChatsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** A chat's items reach the buyer in the order written; chats do not wait for each other. */
class PerChatOrderTest extends OutboxFixture {

    private static final long CHAT = 10;
    private static final long OTHER_CHAT = 20;

    @Test
    void aRetriedItemStillGoesBeforeTheItemsWrittenAfterIt() throws Exception {
        api.script(CHAT, fail(Failures.status(500, "INTERNAL_ERROR", "Internal error")));

        OutboxItem first = outbox.sendText(CHAT, "1. Здравствуйте!");
        OutboxItem photo = outbox.sendFile(CHAT, file("2-photo.jpg", 3_000));
        OutboxItem third = outbox.sendText(CHAT, "3. Вот фото упаковки");
        eventually().until(() -> item(first.id()).lastErrorKind() != null);
        eventually().during(Duration.ofMillis(150)).until(() -> api.sendCalls() == 1);
        assertThat(item(photo.id()).state()).isEqualTo(OutboxState.QUEUED);

        advance(BASE);

        awaitState(third, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly("1. Здравствуйте!", "2-photo.jpg", "3. Вот фото упаковки");
    }

    @Test
    void differentChatsGoInParallel() {
        CountDownLatch slowUpload = new CountDownLatch(1);
        api.script(CHAT, await(slowUpload, ok()));

        OutboxItem stuck = outbox.sendText(CHAT, "Первое");
        OutboxItem second = outbox.sendText(CHAT, "Второе");
        OutboxItem a = outbox.sendText(OTHER_CHAT, "Другой чат 1");
        OutboxItem b = outbox.sendText(OTHER_CHAT, "Другой чат 2");

        awaitState(b, OutboxState.SENT);
        assertThat(item(a.id()).state()).isEqualTo(OutboxState.SENT);
        assertThat(item(stuck.id()).state()).isEqualTo(OutboxState.SENDING);
        assertThat(item(second.id()).state()).as("waits for the one before it").isEqualTo(OutboxState.QUEUED);

        slowUpload.countDown();

        awaitState(second, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly("Первое", "Второе");
    }

    @Test
    void aFailedItemHoldsItsChatUntilRetriedButNotOtherChats() {
        api.script(CHAT, fail(Failures.status(400, "BAD_REQUEST", "Bad request")));

        OutboxItem failed = outbox.sendText(CHAT, "Первое");
        OutboxItem held = outbox.sendText(CHAT, "Второе");
        OutboxItem other = outbox.sendText(OTHER_CHAT, "Другой чат");
        awaitState(failed, OutboxState.FAILED);
        awaitState(other, OutboxState.SENT);

        eventually().during(Duration.ofMillis(150)).until(() -> item(held.id()).state() == OutboxState.QUEUED);
        assertThat(outbox.items(CHAT)).extracting(OutboxEntry::heldByFailedItem).containsExactly(false, true);

        assertThat(outbox.retry(failed.id())).isTrue();

        awaitState(held, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly("Первое", "Второе");
    }

    @Test
    void cancellingTheFailedItemReleasesItsChat() {
        api.script(CHAT, fail(Failures.status(403, "FORBIDDEN", "Access denied")));

        OutboxItem failed = outbox.sendText(CHAT, "Первое");
        OutboxItem held = outbox.sendText(CHAT, "Второе");
        awaitState(failed, OutboxState.FAILED);

        assertThat(outbox.cancel(failed.id())).isEqualTo(CancelOutcome.CANCELLED);

        awaitState(held, OutboxState.SENT);
        assertThat(api.arrived(CHAT)).containsExactly("Второе");
    }

    @Test
    void manyChatsAllArriveInTheirOwnOrder() {
        for (int i = 0; i < 40; i++) {
            outbox.sendText(100 + i % 8, "m" + i);
        }

        eventually().until(() -> store.outbox().pending().isEmpty());
        for (int chat = 0; chat < 8; chat++) {
            int c = chat;
            assertThat(api.arrived(100 + chat)).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 40).filter(i -> i % 8 == c).mapToObj(i -> "m" + i).toList());
        }
    }
}
