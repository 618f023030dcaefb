package com.marketchats.service.outbox;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.store.OutboxItem;
import com.marketchats.store.OutboxKind;
import com.marketchats.store.OutboxState;
import com.marketchats.store.StoredAttachment;
import com.marketchats.store.StoredMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which server message is which outbox item's. */
class MessageMatcherTest {

    private static final Instant T = Instant.parse("2026-07-01T10:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(2);

    @Test
    void aTextMatchesExactlyOrOnceTrimmedWithUnifiedLineEnds() {
        assertThat(MessageMatcher.sameText("Добрый день!", "Добрый день!")).isTrue();
        assertThat(MessageMatcher.sameText("  Добрый день!\n", "Добрый день!")).isTrue();
        assertThat(MessageMatcher.sameText("Строка 1\r\nСтрока 2", "Строка 1\nСтрока 2")).isTrue();
        assertThat(MessageMatcher.sameText("Добрый день!", "Добрый день")).isFalse();
        assertThat(MessageMatcher.sameText("Добрый  день", "Добрый день")).as("inner spaces count").isFalse();
        assertThat(MessageMatcher.sameText("Добрый день", null)).isFalse();
    }

    @Test
    void onlyTheSellersMessagesWithTheSameContentAndNotOlderThanTheItemMatch() {
        OutboxItem item = text(1, "Спасибо!", T);
        List<StoredMessage> messages = List.of(
                message(500, MessageSender.CUSTOMER, "Спасибо!", T.plusSeconds(1)),
                message(501, MessageSender.PARTNER, "Спасибо!", T.minus(SKEW).minusSeconds(1)),
                message(502, MessageSender.PARTNER, "Пожалуйста", T.plusSeconds(2)),
                message(503, MessageSender.PARTNER, "Спасибо!", T.minus(SKEW)));

        assertThat(MessageMatcher.match(List.of(item), messages, Set.of(), SKEW)).containsExactly(Map.entry(1L, 503L));
    }

    @Test
    void aFileMatchesByNameAndSize() {
        OutboxItem photo = file(1, "photo.jpg", 48_213, T);
        List<StoredMessage> messages = List.of(
                withFile(600, "photo.jpg", 48_000, T.plusSeconds(1)),
                withFile(601, "photo2.jpg", 48_213, T.plusSeconds(1)),
                withFile(602, "photo.jpg", 48_213, T.plusSeconds(2)));

        assertThat(MessageMatcher.match(List.of(photo), messages, Set.of(), SKEW)).containsExactly(Map.entry(1L, 602L));
    }

    @Test
    void twoEqualTextsTakeTwoMessagesInOrderAndALinkedMessageIsNeverTakenAgain() {
        List<OutboxItem> items = List.of(text(2, "Ок", T.plusSeconds(1)), text(3, "Ок", T.plusSeconds(2)),
                text(4, "Ок", T.plusSeconds(3)));
        List<StoredMessage> messages = List.of(
                message(702, MessageSender.PARTNER, "Ок", T.plusSeconds(5)),
                message(700, MessageSender.PARTNER, "Ок", T.plusSeconds(1)),
                message(701, MessageSender.PARTNER, "Ок", T.plusSeconds(3)));

        Map<Long, Long> matches = MessageMatcher.match(items, messages, Set.of(700L), SKEW);

        assertThat(matches).containsExactly(Map.entry(2L, 701L), Map.entry(3L, 702L));
    }

    @Test
    void aLaterItemIsNotGivenAMessageOlderThanTheEarlierItemsOne() {
        List<OutboxItem> items = List.of(text(1, "Да", T), text(2, "Нет", T));
        List<StoredMessage> messages = List.of(
                message(800, MessageSender.PARTNER, "Нет", T.plusSeconds(1)),
                message(801, MessageSender.PARTNER, "Да", T.plusSeconds(2)));

        assertThat(MessageMatcher.match(items, messages, Set.of(), SKEW)).containsExactly(Map.entry(1L, 801L));
    }

    static OutboxItem text(long id, String text, Instant createdAt) {
        return new OutboxItem(id, 10, OutboxKind.TEXT, text, null, null, null, null, OutboxState.SENT, 1, null,
                null, null, createdAt, createdAt, null, "fp-" + id);
    }

    static OutboxItem file(long id, String name, long size, Instant createdAt) {
        return new OutboxItem(id, 10, OutboxKind.FILE, null, Path.of("/copies", name), name, size, "image/jpeg",
                OutboxState.SENT, 1, null, null, null, createdAt, createdAt, null, "fp-" + id);
    }

    static StoredMessage message(long id, MessageSender sender, String text, Instant createdAt) {
        return new StoredMessage(10, id, createdAt.atOffset(ZoneOffset.ofHours(3)), sender.name(), text, List.of());
    }

    static StoredMessage withFile(long id, String name, int size, Instant createdAt) {
        return new StoredMessage(10, id, createdAt.atOffset(ZoneOffset.UTC), MessageSender.PARTNER.name(), null,
                List.of(new StoredAttachment(name, "https://files.example/" + id, size)));
    }
}
