package com.marketchats.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTableTest extends StoreFixture {

    private static final Instant START = Instant.parse("2026-07-01T08:00:00Z");

    @Test
    void aTextItemIsQueuedWithEveryField() {
        OutboxItem item = store.outbox().enqueue(NewOutboxItem.text(10, "Здравствуйте!", "fp-1"));

        assertThat(item).isEqualTo(new OutboxItem(item.id(), 10, OutboxKind.TEXT, "Здравствуйте!", null, null, null,
                null, OutboxState.QUEUED, 0, null, null, null, START, START, null, "fp-1"));
        assertThat(store.outbox().find(item.id())).contains(item);
    }

    @Test
    void aFileItemKeepsItsFileFields() {
        Path copy = AccountFiles.of(dataDir, BUSINESS).outboxFiles().resolve("7f3a-receipt.pdf");

        OutboxItem item = store.outbox().enqueue(NewOutboxItem.file(10, copy, "чек.pdf", 48_213, "application/pdf", "fp-2"));

        assertThat(item.kind()).isEqualTo(OutboxKind.FILE);
        assertThat(item.filePath()).isEqualTo(copy);
        assertThat(item.fileName()).isEqualTo("чек.pdf");
        assertThat(item.fileSize()).isEqualTo(48_213L);
        assertThat(item.contentType()).isEqualTo("application/pdf");
        assertThat(item.text()).isNull();
    }

    @Test
    void enqueueingTheSameFingerprintTwiceKeepsOneItem() {
        OutboxItem first = store.outbox().enqueue(NewOutboxItem.text(10, "Спасибо", "fp-1"));
        clock.advance(Duration.ofSeconds(5));

        OutboxItem again = store.outbox().enqueue(NewOutboxItem.text(10, "Спасибо", "fp-1"));

        assertThat(again).isEqualTo(first);
        assertThat(store.outbox().pending()).containsExactly(first);
    }

    @Test
    void anItemGoesThroughSendingToSentAndIsLinkedToTheServerMessage() {
        long id = store.outbox().enqueue(NewOutboxItem.text(10, "Ответ", "fp-1")).id();
        clock.advance(Duration.ofSeconds(1));

        assertThat(store.outbox().markSending(id)).isTrue();
        OutboxItem sending = store.outbox().find(id).orElseThrow();
        assertThat(sending.state()).isEqualTo(OutboxState.SENDING);
        assertThat(sending.attempts()).isEqualTo(1);
        assertThat(sending.updatedAt()).isEqualTo(START.plusSeconds(1));
        assertThat(sending.createdAt()).isEqualTo(START);

        assertThat(store.outbox().markSent(id, null)).isTrue();
        assertThat(store.outbox().unconfirmedForChat(10)).extracting(OutboxItem::id).containsExactly(id);
        assertThat(store.outbox().linkServerMessage(id, 9_001)).isTrue();

        OutboxItem sent = store.outbox().find(id).orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.serverMessageId()).isEqualTo(9_001L);
        assertThat(store.outbox().pending()).isEmpty();
        assertThat(store.outbox().unconfirmedForChat(10)).isEmpty();
    }

    @Test
    void aRetryableFailureQueuesItAgainWithTheErrorAndTheNextAttemptTime() {
        long id = store.outbox().enqueue(NewOutboxItem.text(10, "Ответ", "fp-1")).id();
        store.outbox().markSending(id);
        Instant next = START.plusSeconds(30);

        assertThat(store.outbox().retryLater(id, "HTTP_503", "Service Unavailable", next)).isTrue();

        OutboxItem queued = store.outbox().find(id).orElseThrow();
        assertThat(queued.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(queued.nextAttemptAt()).isEqualTo(next);
        assertThat(queued.lastErrorKind()).isEqualTo("HTTP_503");
        assertThat(queued.lastErrorMessage()).isEqualTo("Service Unavailable");
        assertThat(store.outbox().markSending(id)).isTrue();
        assertThat(store.outbox().find(id).orElseThrow().attempts()).isEqualTo(2);
        assertThat(store.outbox().markSent(id, 5L)).isTrue();
        OutboxItem sent = store.outbox().find(id).orElseThrow();
        assertThat(sent.lastErrorKind()).isNull();
        assertThat(sent.nextAttemptAt()).isNull();
    }

    @Test
    void aFailedItemCanBeRequeuedOrCancelled() {
        long failed = store.outbox().enqueue(NewOutboxItem.text(10, "a", "fp-1")).id();
        long cancelled = store.outbox().enqueue(NewOutboxItem.text(10, "b", "fp-2")).id();
        store.outbox().markSending(failed);
        assertThat(store.outbox().markFailed(failed, "HTTP_400", "Bad Request")).isTrue();
        assertThat(store.outbox().markFailed(cancelled, "FILE_GONE", "The file was deleted")).isTrue();
        assertThat(store.outbox().pending()).isEmpty();
        assertThat(store.outbox().unconfirmedForChat(10)).extracting(OutboxItem::state)
                .containsExactly(OutboxState.FAILED, OutboxState.FAILED);

        assertThat(store.outbox().requeue(failed)).isTrue();
        assertThat(store.outbox().cancel(cancelled)).isTrue();

        assertThat(store.outbox().pending()).extracting(OutboxItem::id).containsExactly(failed);
        assertThat(store.outbox().find(failed).orElseThrow().lastErrorKind()).isEqualTo("HTTP_400");
        assertThat(store.outbox().unconfirmedForChat(10)).extracting(OutboxItem::id).containsExactly(failed);
    }

    @Test
    void transitionsFromTheWrongStateAreRefusedAndChangeNothing() {
        long id = store.outbox().enqueue(NewOutboxItem.text(10, "a", "fp-1")).id();
        OutboxItem queued = store.outbox().find(id).orElseThrow();

        assertThat(store.outbox().retryLater(id, "X", "x", START)).isFalse();
        assertThat(store.outbox().requeue(id)).isFalse();
        assertThat(store.outbox().linkServerMessage(id, 1)).isFalse();
        assertThat(store.outbox().find(id)).contains(queued);

        store.outbox().markSending(id);
        assertThat(store.outbox().markSending(id)).as("taken twice").isFalse();
        assertThat(store.outbox().cancel(id)).as("cannot cancel while sending").isFalse();
        store.outbox().markSent(id, 1L);
        assertThat(store.outbox().markFailed(id, "X", "x")).isFalse();
        assertThat(store.outbox().cancel(id)).isFalse();
        assertThat(store.outbox().markSending(id)).isFalse();

        long cancelled = store.outbox().enqueue(NewOutboxItem.text(10, "b", "fp-2")).id();
        store.outbox().cancel(cancelled);
        assertThat(store.outbox().markSending(cancelled)).isFalse();
        assertThat(store.outbox().markSent(cancelled, 2L)).isFalse();
        assertThat(store.outbox().markSending(404)).isFalse();
    }

    @Test
    void anUncertainAttemptFoundInTheHistoryIsMarkedSentFromQueued() {
        long id = store.outbox().enqueue(NewOutboxItem.text(10, "a", "fp-1")).id();
        store.outbox().markSending(id);
        store.outbox().retryLater(id, "TIMEOUT", "no answer", START.plusSeconds(10));

        assertThat(store.outbox().markSent(id, 77L)).isTrue();
        assertThat(store.outbox().find(id).orElseThrow().serverMessageId()).isEqualTo(77L);
    }

    @Test
    void pendingItemsAreListedInCreationOrderWithinEachChatAndKeptAcrossReopen() {
        long a1 = store.outbox().enqueue(NewOutboxItem.text(10, "a1", "fp-a1")).id();
        clock.advance(Duration.ofSeconds(1));
        long b1 = store.outbox().enqueue(NewOutboxItem.text(20, "b1", "fp-b1")).id();
        long a2 = store.outbox().enqueue(NewOutboxItem.text(10, "a2", "fp-a2")).id();
        long a3 = store.outbox().enqueue(NewOutboxItem.text(10, "a3", "fp-a3")).id();
        long b2 = store.outbox().enqueue(NewOutboxItem.text(20, "b2", "fp-b2")).id();
        store.outbox().markSending(a1);
        store.outbox().cancel(a2);

        reopen();

        assertThat(store.outbox().pending()).extracting(OutboxItem::id).containsExactly(a1, b1, a3, b2);
        assertThat(store.outbox().pendingForChat(10)).extracting(OutboxItem::id).containsExactly(a1, a3);
        assertThat(store.outbox().pendingForChat(20)).extracting(OutboxItem::id).containsExactly(b1, b2);
        assertThat(store.outbox().find(a1).orElseThrow().state()).as("an interrupted send stays SENDING")
                .isEqualTo(OutboxState.SENDING);
    }

    @Test
    void sentItemsWithoutAServerMessageAndTheLinkedMessageIdsOfAChatAreListed() {
        long linked = store.outbox().enqueue(NewOutboxItem.text(10, "a", "fp-1")).id();
        long unlinked = store.outbox().enqueue(NewOutboxItem.text(10, "b", "fp-2")).id();
        long otherChat = store.outbox().enqueue(NewOutboxItem.text(20, "c", "fp-3")).id();
        long queued = store.outbox().enqueue(NewOutboxItem.text(10, "d", "fp-4")).id();
        for (long id : new long[] {linked, unlinked, otherChat}) {
            store.outbox().markSending(id);
            store.outbox().markSent(id, null);
        }
        store.outbox().linkServerMessage(linked, 501);
        store.outbox().linkServerMessage(otherChat, 502);

        assertThat(store.outbox().sentUnlinked()).extracting(OutboxItem::id).containsExactly(unlinked);
        assertThat(store.outbox().linkedServerMessageIds(10)).containsExactly(501L);
        assertThat(store.outbox().linkedServerMessageIds(20)).containsExactly(502L);
        assertThat(store.outbox().linkedServerMessageIds(30)).isEmpty();
        assertThat(store.outbox().find(queued).orElseThrow().state()).isEqualTo(OutboxState.QUEUED);
    }

    @Test
    void aNewItemNeedsItsFieldsAndAFingerprint() {
        assertThatThrownBy(() -> NewOutboxItem.text(10, " ", "fp")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NewOutboxItem.text(10, "a", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewOutboxItem(10, OutboxKind.FILE, null, null, "a.pdf", 1L, null, "fp"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
