package com.marketchats.viewmodel.chatlist;

import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Mark as unread" on the real cabinet services over the sandbox: the row shows unread, the mark outlives
 * closing and opening the cabinet again on the same data folder, and opening the chat takes it away.
 */
class MarkUnreadTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    Path dataDirectory;

    @Test
    void aChatMarkedUnreadStaysUnreadAcrossARestartUntilItIsOpened() {
        long chatId;
        try (DemoCabinet cabinet = DemoCabinet.open(dataDirectory)) {
            ChatListViewModel model = started(cabinet);
            ChatListItem read = model.items().stream().filter(row -> !row.unread()).findFirst().orElseThrow();
            chatId = read.chatId();

            model.rowActions().markUnread(read);

            await().atMost(PATIENCE).until(() -> row(model, chatId).unread());
            assertThat(row(model, chatId).marks().markedUnread()).isTrue();
            assertThat(row(model, chatId).unreadCount()).as("no message became unread").isZero();
            model.dispose();
        }

        try (DemoCabinet reopened = DemoCabinet.open(dataDirectory)) {
            ChatListViewModel model = started(reopened);
            await().atMost(PATIENCE).until(() -> row(model, chatId).marks().markedUnread());

            model.select(chatId);

            await().atMost(PATIENCE).until(() -> !row(model, chatId).marks().markedUnread());
            assertThat(row(model, chatId).unread()).isFalse();
            model.dispose();
        }
    }

    private static ChatListViewModel started(DemoCabinet cabinet) {
        ChatListViewModel model = new ChatListViewModel(cabinet.inbox(),
                DemoCabinet.synchronousUi(RUSSIAN, Clock.systemDefaultZone()));
        model.start();
        await().atMost(PATIENCE).until(() -> model.items().size() > 3);
        return model;
    }

    private static ChatListItem row(ChatListViewModel model, long chatId) {
        return List.copyOf(model.items()).stream().filter(row -> row.chatId() == chatId).findFirst().orElseThrow();
    }
}
