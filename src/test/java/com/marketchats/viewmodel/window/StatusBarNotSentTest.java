package com.marketchats.viewmodel.window;

import com.marketchats.api.ApiCredentials;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.AccountServices;
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
 * Replies the API refused (a read-only key gets 403 on every write) wait for the seller: the status bar
 * counts them instead of saying the outbox is empty, and a click opens the chat of the oldest one.
 */
class StatusBarNotSentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void refusedRepliesAreCountedAndAClickOpensTheChatOfTheFirst() {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults());
             AccountServices services = AccountServices.open(AccountServices.Settings.of(sandbox.baseUrl(),
                     sandbox.demoBusinessId(), ApiCredentials.apiKey(sandbox.readOnlyApiKey()), dataDirectory))) {
            services.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> services.sync().status().firstSync().done());
            CabinetViewModels russian = new CabinetViewModels(services.inbox(),
                    DemoCabinet.synchronousUi(Locale.forLanguageTag("ru"), Clock.systemDefaultZone()), card -> { });
            StatusBarViewModel english = new StatusBarViewModel(services.inbox(),
                    DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()), chatId -> { });
            russian.start();
            english.start();
            StatusBarViewModel status = russian.statusBar();
            assertThat(status.outboxTextProperty().get()).isEqualTo("Очередь пуста");

            List<SandboxChat> chats = sandbox.state().chats(sandbox.demoBusinessId());
            long first = chats.get(3).chatId();
            services.inbox().sendText(first, "Здравствуйте! Заказ передан в доставку.");
            await().atMost(PATIENCE).until(() -> status.failedCountProperty().get() == 1);
            assertThat(status.outboxTextProperty().get()).isEqualTo("Не отправлено: 1");
            assertThat(english.outboxTextProperty().get()).isEqualTo("1 not sent");

            services.inbox().sendText(chats.get(5).chatId(), "Возврат одобрен.");
            await().atMost(PATIENCE).until(() -> status.failedCountProperty().get() == 2);
            assertThat(status.outboxTextProperty().get()).isEqualTo("Не отправлено: 2");
            assertThat(status.outboxCountProperty().get()).as("nothing is queued").isZero();

            status.openFirstNotSent();

            assertThat(russian.chatList().selectedProperty().get().summary().chatId()).isEqualTo(first);
            await().atMost(PATIENCE).until(() -> russian.conversation().chatProperty().get() != null
                    && russian.conversation().chatProperty().get().chatId() == first);
            english.dispose();
            russian.dispose();
        }
    }
}
