package com.marketchats.viewmodel.window;

import com.marketchats.api.dto.ChatStatus;
import com.marketchats.api.dto.ChatType;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.testing.DemoCabinet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    @Test
    void aBurstInOneChatIsOneNotificationCountingItsMessagesAndHiddenTextShowsOnlyTheCount() {
        List<DesktopNotification> all = new CopyOnWriteArrayList<>();
        NewMessageNotifier notifier = notifier(all);
        notifier.windowFocusedProperty().set(false);
        notifier.hideTextProperty().set(true);
        SandboxChat chat = namedChat(3);

        cabinet.sandbox().state().addBuyerMessage(chat.chatId(), "Мой телефон +7 900 000-00-00");
        cabinet.sandbox().state().addBuyerMessage(chat.chatId(), "Позвоните, пожалуйста");
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> !inChat(all, chat).isEmpty());
        notifier.windowFocusedProperty().set(true);
        notifier.windowFocusedProperty().set(false);
        cabinet.sandbox().state().addBuyerMessage(chat.chatId(), "Жду звонка");
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> inChat(all, chat).size() == 2);
        notifier.dispose();

        assertThat(inChat(all, chat)).extracting(DesktopNotification::body)
                .as("the text stays hidden; the count starts again once the seller looked at the window")
                .containsExactly("2 new messages", "New message");
        assertThat(inChat(all, chat).get(0).count()).isEqualTo(2);
        assertThat(inChat(all, chat).get(0).sound()).as("sound is on by default").isTrue();
    }

    @Test
    void aMarketMessageNotifiesApartFromTheBuyer() {
        List<DesktopNotification> all = new CopyOnWriteArrayList<>();
        NewMessageNotifier notifier = notifier(all);
        notifier.windowFocusedProperty().set(false);
        // A chat the sync's frequent poll covers: it asks only for chats that wait for the seller.
        SandboxChat chat = cabinet.sandbox().state().chats(cabinet.sandbox().demoBusinessId()).stream()
                .filter(c -> c.status() == ChatStatus.WAITING_FOR_PARTNER && c.context() != null
                        && c.context().customer() != null && c.context().customer().name() != null)
                .reduce((first, second) -> second).orElseThrow();

        cabinet.sandbox().state().seedMessage(chat.chatId(), afterEverything(), MessageSender.MARKET,
                "Заказ передан в доставку", List.of());
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> !inChat(all, chat).isEmpty());
        notifier.dispose();

        DesktopNotification market = inChat(all, chat).get(0);
        assertThat(market.kind()).isEqualTo(DesktopNotification.Kind.MARKET);
        assertThat(market.title()).isEqualTo("Market in the chat with " + chat.context().customer().name());
        assertThat(market.body()).isEqualTo("Заказ передан в доставку");
    }

    @Test
    void aChatOpenedAsADisputeNotifiesAsSuch() {
        List<DesktopNotification> all = new CopyOnWriteArrayList<>();
        NewMessageNotifier notifier = notifier(all);
        notifier.windowFocusedProperty().set(false);
        SandboxChat chat = namedChat(5);
        long disputeId = cabinet.sandbox().state().allocateChatId();

        // NEW: a dispute just opened, and a status the sync's frequent poll asks for.
        cabinet.sandbox().state().addChat(cabinet.sandbox().demoBusinessId(), disputeId, chat.context(),
                ChatType.ARBITRAGE, ChatStatus.NEW, afterEverything());
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> all.stream().anyMatch(n -> Long.valueOf(disputeId).equals(n.chatId())));
        notifier.dispose();

        DesktopNotification dispute = all.stream().filter(n -> Long.valueOf(disputeId).equals(n.chatId()))
                .findFirst().orElseThrow();
        assertThat(dispute.kind()).isEqualTo(DesktopNotification.Kind.DISPUTE);
        assertThat(dispute.title()).isEqualTo("Dispute in the chat with " + chat.context().customer().name());
    }

    /**
     * A moment after now and after every chat's last change: demo chats may carry times ahead of the
     * clock, and the sync sees a chat as changed only when its time moves on.
     */
    private static Instant afterEverything() {
        return cabinet.sandbox().state().chats(cabinet.sandbox().demoBusinessId()).stream()
                .map(SandboxChat::updatedAt).reduce(Instant.now(), (a, b) -> a.isAfter(b) ? a : b).plusSeconds(1);
    }

    private static List<DesktopNotification> inChat(List<DesktopNotification> all, SandboxChat chat) {
        return all.stream().filter(n -> Long.valueOf(chat.chatId()).equals(n.chatId())).toList();
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
