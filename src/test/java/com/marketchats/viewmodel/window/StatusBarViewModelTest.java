package com.marketchats.viewmodel.window;

import com.marketchats.sandbox.SandboxChat;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.window.StatusBarViewModel.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StatusBarViewModelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void aSyncedCabinetIsOnlineWithItsBudgetAndAnEmptyOutbox() {
        try (DemoCabinet cabinet = DemoCabinet.open(dataDirectory)) {
            StatusBarViewModel status = new StatusBarViewModel(cabinet.inbox(),
                    DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()), chatId -> { });
            status.start();

            await().atMost(PATIENCE).until(() -> status.connectionProperty().get() == Connection.ONLINE);
            assertThat(status.connectionTextProperty().get()).isEqualTo("Online");
            assertThat(status.budgetTextProperty().get()).matches("API this hour: sending [\\d,]+ of 1,000, reading [\\d,]+ of 10,000");
            assertThat(status.budgetLowProperty().get()).isFalse();
            assertThat(status.outboxTextProperty().get()).isEqualTo("Outbox empty");
            status.dispose();
        }
    }

    @Test
    void theOutboxCountFollowsQueuedMessagesUntilTheyAreSent() {
        try (DemoCabinet cabinet = DemoCabinet.open(dataDirectory)) {
            StatusBarViewModel status = new StatusBarViewModel(cabinet.inbox(),
                    DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), Clock.systemDefaultZone()), chatId -> { });
            status.start();
            cabinet.services().sender().stop();
            SandboxChat chat = cabinet.sandbox().state().chats(cabinet.sandbox().demoBusinessId()).get(0);

            cabinet.inbox().sendText(chat.chatId(), "Здравствуйте! Отправим сегодня.");
            cabinet.inbox().sendText(chat.chatId(), "Трек-номер пришлём вечером.");

            await().atMost(PATIENCE).until(() -> status.outboxCountProperty().get() == 2);
            assertThat(status.outboxTextProperty().get()).isEqualTo("Ждут отправки: 2");
            cabinet.services().sender().start();
            await().atMost(PATIENCE).until(() -> status.outboxCountProperty().get() == 0);
            assertThat(status.outboxTextProperty().get()).isEqualTo("Очередь пуста");
            status.dispose();
        }
    }

    @Test
    void aStoppedSandboxTurnsTheBarOfflineWithWhenItRetries() {
        try (DemoCabinet cabinet = DemoCabinet.open(dataDirectory)) {
            StatusBarViewModel status = new StatusBarViewModel(cabinet.inbox(),
                    DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()), chatId -> { });
            status.start();

            cabinet.sandbox().close();
            cabinet.inbox().refreshNow();

            await().atMost(PATIENCE).until(() -> status.connectionProperty().get() == Connection.OFFLINE);
            assertThat(status.connectionDetailProperty().get()).startsWith("Offline: no answer from Yandex Market.");
            assertThat(status.connectionTextProperty().get()).matches("Offline( \u00b7 retrying in \\d+ s)?");
            status.dispose();
        }
    }
}
