package com.marketchats.viewmodel.window;

import com.marketchats.sandbox.SandboxChat;
import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NewMessageNotifierTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path dataDirectory;
    private static DemoCabinet cabinet;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDirectory);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @Test
    void aBuyerMessageWhileTheWindowIsElsewhereBecomesOneNotificationNamingTheBuyer() {
        List<DesktopNotification> all = new CopyOnWriteArrayList<>();
        NewMessageNotifier notifier = notifier(all);
        notifier.windowFocusedProperty().set(false);
        SandboxChat chat = namedChat(0);

        cabinet.sandbox().state().addBuyerMessage(chat.chatId(), "Когда будет доставка?");
        cabinet.inbox().refreshNow();

        await().atMost(PATIENCE).until(() -> all.stream().anyMatch(n -> Long.valueOf(chat.chatId()).equals(n.chatId())));
        notifier.dispose();
        List<DesktopNotification> shown = all.stream().filter(n -> Long.valueOf(chat.chatId()).equals(n.chatId())).toList();
        assertThat(shown).as("one notification for one message").hasSize(1);
        assertThat(shown.get(0).chatId()).isEqualTo(chat.chatId());
        assertThat(shown.get(0).title()).contains(chat.context().customer().name());
        assertThat(shown.get(0).body()).isEqualTo("Когда будет доставка?");
    }

    @Test
    void noNotificationWhileTheWindowIsFocusedOrNotificationsAreOff() {
        List<DesktopNotification> shown = new CopyOnWriteArrayList<>();
        NewMessageNotifier focused = notifier(shown);
        NewMessageNotifier switchedOff = notifier(shown);
        switchedOff.windowFocusedProperty().set(false);
        switchedOff.enabledProperty().set(false);
        List<DesktopNotification> control = new CopyOnWriteArrayList<>();
        NewMessageNotifier watcher = notifier(control);
        watcher.windowFocusedProperty().set(false);
        SandboxChat chat = namedChat(1);

        cabinet.sandbox().state().addBuyerMessage(chat.chatId(), "Есть ли другой цвет?");
        cabinet.inbox().refreshNow();

        await().atMost(PATIENCE).until(() -> !control.isEmpty());
        focused.dispose();
        switchedOff.dispose();
        watcher.dispose();
        assertThat(shown).isEmpty();
    }

    @Test
    void messagesFromBeforeTheStartStayQuiet() {
        List<DesktopNotification> shown = new CopyOnWriteArrayList<>();
        Clock tomorrow = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(1));
        NewMessageNotifier notifier = new NewMessageNotifier(cabinet.inbox(),
                DemoCabinet.synchronousUi(Locale.ENGLISH, tomorrow), shown::add);
        notifier.windowFocusedProperty().set(false);
        notifier.start();
        List<DesktopNotification> control = new CopyOnWriteArrayList<>();
        NewMessageNotifier watcher = notifier(control);
        watcher.windowFocusedProperty().set(false);

        cabinet.sandbox().state().addBuyerMessage(namedChat(2).chatId(), "Спасибо!");
        cabinet.inbox().refreshNow();

        await().atMost(PATIENCE).until(() -> !control.isEmpty());
        notifier.dispose();
        watcher.dispose();
        assertThat(shown).as("a message older than the notifier's start").isEmpty();
    }

    private static NewMessageNotifier notifier(List<DesktopNotification> sink) {
        NewMessageNotifier notifier = new NewMessageNotifier(cabinet.inbox(),
                DemoCabinet.synchronousUi(Locale.ENGLISH, Clock.systemDefaultZone()), sink::add);
        notifier.start();
        return notifier;
    }

    /** The {@code index}-th chat with a named buyer: each test writes to its own chat. */
    private static SandboxChat namedChat(int index) {
        return cabinet.sandbox().state().chats(cabinet.sandbox().demoBusinessId()).stream()
                .filter(chat -> chat.context() != null && chat.context().customer() != null
                        && chat.context().customer().name() != null)
                .skip(index).findFirst().orElseThrow();
    }
}
