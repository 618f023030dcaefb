package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatInfo;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatStore;
import com.marketchats.store.ChatSummary;
import com.marketchats.store.StoredMessage;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares the store with the sandbox: every chat with all its fields, every message of every chat. */
final class StoreMatchesSandbox {

    private StoreMatchesSandbox() {
    }

    /** Fails with the first difference. */
    static void assertMatches(ChatStore store, SandboxState sandbox, long businessId) {
        List<SandboxChat> chats = sandbox.chats(businessId);
        assertThat(store.chatList().countByGroup(ChatQuery.of(ChatGroup.ALL)).all())
                .as("chats in the store").isEqualTo(chats.size());
        for (SandboxChat chat : chats) {
            ChatSummary stored = store.chats().find(chat.chatId()).orElseThrow(
                    () -> new AssertionError("chat " + chat.chatId() + " is missing from the store"));
            assertThat(stored.toChatInfo()).as("chat %d", chat.chatId()).isEqualTo(expected(chat));
            assertThat(texts(store.messages().page(chat.chatId(), null, 100_000)))
                    .as("messages of chat %d", chat.chatId())
                    .containsExactlyElementsOf(expectedTexts(sandbox.history(chat.chatId())));
        }
    }

    /** True when {@link #assertMatches} would pass. */
    static boolean matches(ChatStore store, SandboxState sandbox, long businessId) {
        try {
            assertMatches(store, sandbox, businessId);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    @SuppressWarnings("deprecation")
    static ChatInfo expected(SandboxChat chat) {
        return new ChatInfo(chat.chatId(), chat.context().orderId(), chat.context(), chat.type(), chat.status(),
                chat.createdAt().atOffset(ZoneOffset.ofHours(3)), chat.updatedAt().atOffset(ZoneOffset.ofHours(3)));
    }

    private static List<String> texts(List<StoredMessage> messages) {
        return messages.stream().map(m -> m.messageId() + " " + m.createdAt().toInstant() + " " + m.sender() + " "
                + m.text() + " " + m.attachments().stream().map(a -> a.name() + ":" + a.size()).toList()).toList();
    }

    private static List<String> expectedTexts(List<SandboxMessage> messages) {
        return messages.stream().map(m -> m.messageId() + " " + m.createdAt() + " " + m.sender() + " " + m.text()
                + " " + m.attachments().stream().map(a -> a.name() + ":" + a.size()).toList()).toList();
    }
}
