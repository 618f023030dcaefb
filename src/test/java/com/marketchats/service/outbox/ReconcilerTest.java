package com.marketchats.service.outbox;

import com.marketchats.api.dto.ChatAttachment;
import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.service.events.ChangeEvent;
import com.marketchats.store.NewOutboxItem;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxState;
import com.marketchats.store.StoredMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Crash recovery and linking: what only the chat's history can settle. */
class ReconcilerTest extends OutboxFixture {

    private static final long CHAT = 10;

    @Override
    boolean startSenderAtOnce() {
        return false;
    }

    @Test
    void aSendLeftSendingByACrashThatArrivedIsMarkedSentWithoutSendingAgain() {
        OutboxItem item = crashedWhileSending("Посылка в пути");
        api.addMessage(CHAT, MessageSender.PARTNER, "Посылка в пути", null);

        sender.start();

        OutboxItem requeued = item(item.id());
        assertThat(requeued.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(requeued.lastErrorKind()).isEqualTo(FailureCode.INTERRUPTED.name());
        assertThat(requeued.nextAttemptAt()).as("the server may still be applying it").isEqualTo(START.plus(SETTLE));

        advance(SETTLE);

        OutboxItem sent = awaitState(item, OutboxState.SENT);
        assertThat(sent.serverMessageId()).isEqualTo(api.history(CHAT).get(0).messageId());
        assertThat(api.sendCalls()).isZero();
    }

    @Test
    void aSendLeftSendingByACrashThatDidNotArriveIsSentOnce() {
        OutboxItem item = crashedWhileSending("Посылка в пути");

        sender.start();
        advance(SETTLE);

        awaitState(item, OutboxState.SENT);
        assertThat(api.sendCalls()).isEqualTo(1);
        assertThat(api.arrived(CHAT)).containsExactly("Посылка в пути");
    }

    @Test
    void theHistoryIsStoredSortedAndOnceWhateverOrderAndBoundaryTheApiUses() {
        api.addMessage(CHAT, MessageSender.CUSTOMER, "Где мой заказ?", null);
        ChatMessage known = api.addMessage(CHAT, MessageSender.CUSTOMER, "Алло?", null);
        store.messages().upsert(CHAT, List.of(known));
        api.addMessage(CHAT, MessageSender.CUSTOMER, "Ответьте, пожалуйста", null);
        OutboxItem item = crashedWhileSending("Уже отправили");
        api.addMessage(CHAT, MessageSender.PARTNER, "Уже отправили", null);

        sender.start();
        advance(SETTLE);
        awaitState(item, OutboxState.SENT);

        // From the last known message on: the one before it is not fetched again.
        assertThat(store.messages().page(CHAT, null, 10)).extracting(StoredMessage::text)
                .containsExactly("Алло?", "Ответьте, пожалуйста", "Уже отправили");
        eventually().until(() -> batches.stream().anyMatch(batch -> batch.messagesChanged().contains(CHAT))
                && batches.stream().anyMatch(batch -> batch.chatsChanged().contains(CHAT)));
    }

    @Test
    void sentItemsAreLinkedWhenTheSyncBringsTheirMessagesAndTheirCopiesGo() throws Exception {
        sender.start();
        OutboxItem text = awaitState(outbox.sendText(CHAT, "Вот чек"), OutboxState.SENT);
        OutboxItem receipt = awaitState(outbox.sendFile(CHAT, file("receipt.pdf", 20_000)), OutboxState.SENT);
        assertThat(text.serverMessageId()).isNull();
        assertThat(outbox.items(CHAT)).hasSize(2);
        assertThat(copiesOnDisk()).hasSize(1);

        // What the sync engine does: store the new history and announce it.
        store.messages().upsert(CHAT, api.history(CHAT));
        events.publish(new ChangeEvent.MessagesChanged(Set.of(CHAT)));

        eventually().until(() -> item(receipt.id()).serverMessageId() != null && item(text.id()).serverMessageId() != null);
        assertThat(item(text.id()).serverMessageId()).isEqualTo(api.history(CHAT).get(0).messageId());
        assertThat(item(receipt.id()).serverMessageId()).isEqualTo(api.history(CHAT).get(1).messageId());
        assertThat(outbox.items(CHAT)).as("the conversation shows the server's messages instead").isEmpty();
        assertThat(copiesOnDisk()).isEmpty();
    }

    @Test
    void sentItemsLeftUnlinkedByAnEarlierRunAreLinkedFromHistoryStoredMeanwhile() {
        OutboxItem item = store.outbox().enqueue(NewOutboxItem.text(CHAT, "Спасибо за покупку", "fp-1"));
        store.outbox().markSending(item.id());
        store.outbox().markSent(item.id(), null);
        ChatMessage message = api.addMessage(CHAT, MessageSender.PARTNER, "Спасибо за покупку", null);
        store.messages().upsert(CHAT, List.of(message));

        sender.start();

        eventually().until(() -> item(item.id()).serverMessageId() != null);
        assertThat(item(item.id()).serverMessageId()).isEqualTo(message.messageId());
    }

    @Test
    void theSameTextSentTwiceIsLinkedToTwoMessages() {
        sender.start();
        OutboxItem first = awaitState(outbox.sendText(CHAT, "Хорошо"), OutboxState.SENT);
        clock.advance(Duration.ofSeconds(5));
        OutboxItem second = awaitState(outbox.sendText(CHAT, "Хорошо"), OutboxState.SENT);

        store.messages().upsert(CHAT, api.history(CHAT));
        events.publish(new ChangeEvent.MessagesChanged(Set.of(CHAT)));

        eventually().until(() -> item(second.id()).serverMessageId() != null);
        assertThat(List.of(item(first.id()).serverMessageId(), item(second.id()).serverMessageId()))
                .containsExactlyElementsOf(api.history(CHAT).stream().map(ChatMessage::messageId).toList());
    }

    @Test
    void aFileLeftSendingByACrashIsFoundByNameAndSize() throws Exception {
        OutboxItem photo = outbox.sendFile(CHAT, file("photo.jpg", 12_345));
        store.outbox().markSending(photo.id());
        api.addMessage(CHAT, MessageSender.PARTNER, null,
                new ChatAttachment("photo.jpg", "https://files.example/1", 12_345));

        sender.start();
        advance(SETTLE);

        assertThat(awaitState(photo, OutboxState.SENT).serverMessageId()).isNotNull();
        assertThat(api.sendCalls()).isZero();
        assertThat(copiesOnDisk()).isEmpty();
    }

    private OutboxItem crashedWhileSending(String text) {
        OutboxItem item = store.outbox().enqueue(NewOutboxItem.text(CHAT, text, "fp-" + text));
        store.outbox().markSending(item.id());
        return item;
    }
}
