package com.marketchats.store;

import com.marketchats.api.dto.ChatStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DraftsAndReadMarksTest extends StoreFixture {

    @Test
    void aDraftIsKeptAcrossReopenWithItsTime() {
        store.drafts().save(10, "Добрый день! Заказ");
        clock.advance(Duration.ofMinutes(1));
        store.drafts().save(10, "Добрый день! Заказ отправим сегодня");
        store.drafts().save(11, "другой чат");

        reopen();

        assertThat(store.drafts().find(10)).contains(new Draft(10, "Добрый день! Заказ отправим сегодня",
                Instant.parse("2026-07-01T08:01:00Z")));
        assertThat(store.drafts().find(11)).get().extracting(Draft::text).isEqualTo("другой чат");
        assertThat(store.drafts().find(12)).isEmpty();
    }

    @Test
    void aBlankDraftOrADeleteRemovesIt() {
        store.drafts().save(10, "текст");
        store.drafts().save(11, "текст");

        store.drafts().save(10, "  \n");
        store.drafts().delete(11);

        assertThat(store.drafts().find(10)).isEmpty();
        assertThat(store.drafts().find(11)).isEmpty();
    }

    @Test
    void readMarksAreKeptAcrossReopen() {
        store.messages().upsert(10, List.of(Api.customer(1, 1, "a"), Api.customer(2, 2, "b")));
        store.readMarks().markReadUpTo(10, 1);

        reopen();

        assertThat(store.readMarks().lastRead(10)).hasValue(1);
        assertThat(store.readMarks().lastRead(11)).isEmpty();
    }

    @Test
    void markingAllReadWithNoMessagesLeavesNoMark() {
        store.readMarks().markAllRead(10);

        assertThat(store.readMarks().lastRead(10)).isEmpty();
    }

    @Test
    void severalChatsAreMarkedReadInOneCallAndMarksOnlyMoveForward() {
        store.chats().upsert(List.of(Api.orderChat(10, "a", 1, ChatStatus.NEW, Api.at(3)),
                Api.orderChat(11, "b", 2, ChatStatus.NEW, Api.at(3))));
        store.messages().upsert(10, List.of(Api.customer(1, 1, "a"), Api.customer(2, 2, "b"), Api.customer(3, 3, "c")));
        store.messages().upsert(11, List.of(Api.customer(4, 1, "d"), Api.customer(5, 2, "e")));
        store.readMarks().markReadUpTo(11, 5);

        store.readMarks().markReadUpTo(Map.of(10L, 2L, 11L, 4L));

        assertThat(store.readMarks().lastRead(10)).hasValue(2);
        assertThat(store.readMarks().lastRead(11)).hasValue(5);
        assertThat(store.chats().find(10).orElseThrow().unreadCount()).isEqualTo(1);
        assertThat(store.chats().find(11).orElseThrow().unreadCount()).isZero();
    }
}
