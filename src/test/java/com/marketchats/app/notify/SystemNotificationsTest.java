package com.marketchats.app.notify;

import com.marketchats.viewmodel.window.DesktopNotification;
import com.marketchats.viewmodel.window.DesktopNotification.Kind;
import com.marketchats.viewmodel.window.NotificationMechanism;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The choice between the desktop's daemon and the app's cards, and what goes over D-Bus, against a fake daemon. */
class SystemNotificationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path folder;
    private static PrivateBus bus;
    private static PrivateBus emptyBus;
    private static FakeNotificationDaemon daemon;

    @BeforeAll
    static void startBuses() throws Exception {
        bus = PrivateBus.start(folder);
        emptyBus = PrivateBus.start(folder);
        daemon = FakeNotificationDaemon.on(bus);
    }

    @AfterAll
    static void stopBuses() throws Exception {
        daemon.close();
        bus.close();
        emptyBus.close();
    }

    @Test
    void withADaemonOnTheBusNotificationsGoThereAndOneChatKeepsOneNotification() {
        List<Long> opened = new CopyOnWriteArrayList<>();
        List<DesktopNotification> cards = new CopyOnWriteArrayList<>();
        try (SystemNotifications notifications = SystemNotifications.start(bus.asSessionBus(), folder)) {
            notifications.onOpen(opened::add);
            await().atMost(PATIENCE).until(notifications::chosen);
            assertThat(notifications.mechanism()).isEqualTo(NotificationMechanism.DBUS);

            notifications.show(new DesktopNotification(42L, Kind.BUYER, "Анна", "Цена <b>500</b> & доставка", 1,
                    false), cards::add, "Открыть");
            await().atMost(PATIENCE).until(() -> calls("Анна").size() == 1);
            notifications.show(new DesktopNotification(42L, Kind.BUYER, "Анна", "2 новых сообщения\nЕщё вопрос", 2,
                    false), cards::add, "Открыть");
            await().atMost(PATIENCE).until(() -> calls("Анна").size() == 2);

            FakeNotificationDaemon.Call first = calls("Анна").get(0);
            assertThat(first.appName()).isEqualTo("Market Chats");
            assertThat(first.replacesId()).isZero();
            assertThat(first.body()).as("markup escaped").isEqualTo("Цена &lt;b&gt;500&lt;/b&gt; &amp; доставка");
            assertThat(first.actions()).containsExactly("default", "Открыть");
            assertThat(first.appIcon()).startsWith("file:").endsWith("market-chats-128.png");
            assertThat(first.hints().get("category").getValue()).isEqualTo("im.received");
            assertThat(calls("Анна").get(1).replacesId()).as("the chat's notification is replaced")
                    .isEqualTo(first.returnedId());
            assertThat(cards).isEmpty();

            daemon.click(first.returnedId());
            await().atMost(PATIENCE).until(() -> opened.contains(42L));
        } catch (org.freedesktop.dbus.exceptions.DBusException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBusWithoutADaemonFallsBackToTheAppsCards() {
        List<DesktopNotification> cards = new CopyOnWriteArrayList<>();
        try (SystemNotifications notifications = SystemNotifications.start(emptyBus.asSessionBus(), folder)) {
            await().atMost(PATIENCE).until(notifications::chosen);

            notifications.show(new DesktopNotification(7L, Kind.BUYER, "Олег", "Здравствуйте", 1, false), cards::add, "Открыть");

            assertThat(notifications.mechanism()).isEqualTo(NotificationMechanism.IN_APP);
            assertThat(cards).extracting(DesktopNotification::title).containsExactly("Олег");
        }
    }

    @Test
    void noSessionBusFallsBackToTheAppsCards() {
        try (SystemNotifications notifications = SystemNotifications.start(Optional::empty, folder)) {
            await().atMost(PATIENCE).until(notifications::chosen);

            assertThat(notifications.mechanism()).isEqualTo(NotificationMechanism.IN_APP);
        }
    }

    private static List<FakeNotificationDaemon.Call> calls(String summary) {
        return daemon.calls().stream().filter(call -> call.summary().equals(summary)).toList();
    }
}
