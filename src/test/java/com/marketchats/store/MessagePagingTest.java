package com.marketchats.store;

import com.marketchats.api.dto.ChatMessage;
import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.MessageSender;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages of one chat's messages, newest last, going back with "before messageId". */
class MessagePagingTest extends StoreFixture {

    private void writeMessages(long chatId, int count) {
        List<ChatMessage> messages = new ArrayList<>();
        for (int id = count; id >= 1; id--) {
            messages.add(Api.customer(id, id, "сообщение " + id));
        }
        store.messages().upsert(chatId, messages);
    }

    private static List<Long> ids(List<StoredMessage> page) {
        return page.stream().map(StoredMessage::messageId).toList();
    }

    @Test
    void theLatestPageEndsWithTheNewestMessage() {
        writeMessages(10, 25);

        assertThat(ids(store.messages().page(10, null, 10))).containsExactly(16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L);
    }

    @Test
    void earlierPagesGoBackFromTheFirstMessageShown() {
        writeMessages(10, 25);

        assertThat(ids(store.messages().page(10, 16L, 10))).containsExactly(6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(ids(store.messages().page(10, 6L, 10))).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.messages().page(10, 1L, 10)).isEmpty();
    }

    @Test
    void pagesHoldOnlyTheirChatAndCarryAttachments() {
        writeMessages(10, 3);
        store.messages().upsert(11, List.of(Api.customer(2, 2, "другой чат"),
                Api.files(MessageSender.PARTNER, 4, 4, Api.attachment("счёт.pdf"), Api.attachment("фото.jpg"))));

        List<StoredMessage> page = store.messages().page(11, null, 10);

        assertThat(ids(page)).containsExactly(2L, 4L);
        assertThat(page.get(0).attachments()).isEmpty();
        assertThat(page.get(1).attachments()).extracting(StoredAttachment::name).containsExactly("счёт.pdf", "фото.jpg");
        assertThat(store.messages().page(10, null, 10)).extracting(StoredMessage::chatId).containsOnly(10L);
    }

    @Test
    void theLastKnownMessageIdIsTheHighest() {
        assertThat(store.messages().lastMessageId(10)).isEmpty();

        store.messages().upsert(10, List.of(Api.customer(7, 1, "a"), Api.customer(3, 2, "b")));

        assertThat(store.messages().lastMessageId(10)).hasValue(7);
        assertThat(store.messages().lastMessageId(11)).isEmpty();
    }

    @Test
    void aPageNeedsAPositiveLimit() {
        assertThatThrownBy(() -> store.messages().page(10, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingNoMessagesIsANoOp() {
        store.chats().upsert(List.of(Api.orderChat(10, "Анна", 1, ChatStatus.NEW, Api.at(1))));
        store.messages().upsert(10, List.of());
        store.chats().upsert(List.of());

        assertThat(store.chats().find(10).orElseThrow().lastMessageId()).isNull();
    }
}
