package com.marketchats.app;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.app.notify.FakeNotificationDaemon;
import com.marketchats.app.notify.PrivateBus;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.settings.NotificationOptions;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.window.CabinetViewModels;
import com.marketchats.viewmodel.window.NotificationMechanism;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Linux notification path end to end: the real window on the demo cabinet sends its notifications to
 * a fake {@code org.freedesktop.Notifications} on a private D-Bus, and a click there opens the chat.
 */
@ExtendWith(ApplicationExtension.class)
class SystemNotificationsWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path busFolder;
    private static PrivateBus bus;
    private static FakeNotificationDaemon daemon;

    @TempDir
    Path dataDirectory;
    private AppWindow window;

    @BeforeAll
    static void startBus() throws Exception {
        bus = PrivateBus.start(busFolder);
        daemon = FakeNotificationDaemon.on(bus);
    }

    @AfterAll
    static void stopBus() {
        daemon.close();
        bus.close();
    }

    @Start
    void start(Stage stage) {
        SettingsStore settings = new SettingsStore(dataDirectory);
        settings.save(settings.load(List::of).withLanguage("ru"));
        AppOptions options = AppOptions.parse(List.of("--demo", "--data-dir=" + dataDirectory));
        window = new AppWindow(stage, AppStartup.begin(options, bus.asSessionBus()), target -> { });
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void aBuyerMessageBecomesOneSystemNotificationPerChatAndItsOpenActionOpensTheChat(FxRobot robot) throws Exception {
        SandboxChat chat = namedChat(0);
        String buyer = chat.context().customer().name();
        leaveTheWindow(robot);
        assertThat(window.notificationMechanism()).isEqualTo(NotificationMechanism.DBUS);

        sandbox().state().addBuyerMessage(chat.chatId(), "Товар ещё в наличии? <Синий> & большой");
        refresh();
        await().atMost(PATIENCE).until(() -> calls(buyer).size() == 1);
        sandbox().state().addBuyerMessage(chat.chatId(), "И можно ли забрать сегодня?");
        refresh();
        await().atMost(PATIENCE).until(() -> calls(buyer).size() == 2);

        FakeNotificationDaemon.Call first = calls(buyer).get(0);
        FakeNotificationDaemon.Call second = calls(buyer).get(1);
        assertThat(first.appName()).isEqualTo("Market Chats");
        assertThat(first.body()).isEqualTo("Товар ещё в наличии? &lt;Синий&gt; &amp; большой");
        assertThat(first.actions()).containsExactly("default", "Открыть");
        assertThat(first.replacesId()).isZero();
        assertThat(second.replacesId()).as("the second message updates the chat's notification")
                .isEqualTo(first.returnedId());
        assertThat(second.body()).isEqualTo("2 новых сообщения\nИ можно ли забрать сегодня?");

        daemon.click(first.returnedId());

        await().atMost(PATIENCE).until(() -> selectedChat() == chat.chatId());
        await().atMost(PATIENCE).until(() -> robot.lookup("#conversationHeaderTitle").tryQuery()
                .map(label -> ((Label) label).getText().contains(buyer)).orElse(false));
    }

    @Test
    void hiddenTextAndMarketSupportGetTheirOwnWords(FxRobot robot) {
        SandboxChat buyerChat = namedChat(1);
        SandboxChat supportChat = namedChat(2);
        leaveTheWindow(robot);
        robot.interact(() -> window.main().applySettings(window.main().settingsProperty().get()
                .withNotificationOptions(new NotificationOptions(true, false))));

        sandbox().state().addBuyerMessage(buyerChat.chatId(), "Мой адрес: ул. Ленина, 5");
        sandbox().state().seedMessage(supportChat.chatId(), Instant.now(), MessageSender.SUPPORT,
                "Мы проверили заказ", List.of());
        refresh();

        String buyer = buyerChat.context().customer().name();
        String support = "Поддержка Маркета в чате с " + supportChat.context().customer().name();
        await().atMost(PATIENCE).until(() -> !calls(buyer).isEmpty() && !calls(support).isEmpty());
        assertThat(calls(buyer).get(0).body()).isEqualTo("Новое сообщение");
        assertThat(calls(support).get(0).body()).isEqualTo("Новое сообщение");
    }

    @Test
    void settingsNameTheSystemNotifications(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> window.main() != null
                && window.notificationMechanism() == NotificationMechanism.DBUS);

        robot.interact(() -> window.dialogs().showSettings());

        await().atMost(PATIENCE).until(() -> robot.lookup("#settingsNotificationMechanism").tryQuery().isPresent());
        assertThat(robot.lookup("#settingsNotificationMechanism").queryAs(Label.class).getText())
                .isEqualTo("Способ показа: системные уведомления (D-Bus)");
    }

    /**
     * The seller goes to another window. Headless Monocle does not move the focus between stages, so the
     * window hears what the stage's focus listener would tell it.
     */
    private void leaveTheWindow(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> window.main() != null && window.main().activeModelsProperty().get() != null
                && !window.main().activeModelsProperty().get().chatList().items().isEmpty());
        await().atMost(PATIENCE).until(() -> window.notificationMechanism() == NotificationMechanism.DBUS);
        robot.interact(() -> window.main().setWindowFocused(false));
    }

    private void refresh() {
        CabinetViewModels models = window.main().activeModelsProperty().get();
        models.refreshNow();
    }

    private long selectedChat() {
        ChatListItem selected = window.main().activeModelsProperty().get().chatList().selectedProperty().get();
        return selected == null ? -1 : selected.chatId();
    }

    private SandboxServer sandbox() {
        return DemoWindows.sandbox(window);
    }

    /** The {@code index}-th chat with a named buyer: each test writes to its own chat. */
    private SandboxChat namedChat(int index) {
        return sandbox().state().chats(sandbox().demoBusinessId()).stream()
                .filter(chat -> chat.context() != null && chat.context().customer() != null
                        && chat.context().customer().name() != null)
                .skip(index).findFirst().orElseThrow();
    }

    private static List<FakeNotificationDaemon.Call> calls(String summary) {
        return daemon.calls().stream().filter(call -> call.summary().equals(summary)).toList();
    }
}
