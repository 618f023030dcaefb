package com.marketchats.app;

import com.marketchats.app.notify.SessionBus;
import com.marketchats.app.tray.AppTray;
import com.marketchats.app.tray.TrayDesktop;
import com.marketchats.app.tray.TrayProbe;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.settings.CloseAction;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.account.CloseChoice;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.window.NotificationMechanism;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tray for real: an X display with a tray host (trayer), the real window over the demo cabinet with its
 * icon in that tray. The icon counts unread chats of every cabinet, its menu pauses notifications and quits,
 * the close button asks once and then hides the window there, and without D-Bus notifications become the
 * icon's balloons. Runs in surefire's tray execution (DISPLAY set, AWT not headless).
 */
@Tag("tray")
@ExtendWith(ApplicationExtension.class)
class TrayIconWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static TrayDesktop desktop;

    @TempDir
    Path dataDirectory;
    private AppWindow window;
    private final AtomicInteger quits = new AtomicInteger();

    @BeforeAll
    static void startTray() throws Exception {
        desktop = TrayDesktop.start();
    }

    @AfterAll
    static void stopTray() {
        desktop.close();
    }

    @Start
    void start(Stage stage) {
        SettingsStore settings = new SettingsStore(dataDirectory);
        settings.save(settings.load(List::of).withLanguage("ru"));
        AppOptions options = AppOptions.parse(List.of("--demo", "--data-dir=" + dataDirectory));
        // No session bus: notifications must take the tray's way.
        window = new AppWindow(stage, AppStartup.begin(options, Optional::empty), target -> { });
        window.setQuit(quits::incrementAndGet);
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
        await().atMost(PATIENCE).until(() -> AppTrayGone.of(window));
    }

    @Test
    void theIconSitsInTheTrayAndCountsTheUnreadOfTheCabinets() throws Exception {
        AppTray tray = trayIcon();
        assertThat(TrayProbe.installed(tray)).isTrue();
        assertThat(desktop.windowTree()).as("embedded in trayer's panel").contains("JavaEmbeddedFrame");

        await().atMost(PATIENCE).until(() -> TrayProbe.unread(tray) == unreadTotal() && unreadTotal() > 0);
        assertThat(TrayProbe.showsCount(tray, unreadTotal())).isTrue();
        int before = TrayProbe.unread(tray);

        SandboxChat quiet = chatWithoutUnread();
        sandbox().state().addBuyerMessage(quiet.chatId(), "Здравствуйте! Когда будет доставка?");
        window.main().activeModelsProperty().get().refreshNow();

        await().atMost(PATIENCE).until(() -> TrayProbe.unread(tray) == before + 1);
        assertThat(TrayProbe.showsCount(tray, before + 1)).isTrue();
        assertThat(TrayProbe.tooltip(tray)).isEqualTo("Market Chats: непрочитанных " + (before + 1));
    }

    @Test
    void pauseHoldsNotificationsUntilResumedAndIsKeptInTheSettings(FxRobot robot) throws Exception {
        AppTray tray = trayIcon();
        assertThat(TrayProbe.menu(tray)).containsExactly("Открыть Market Chats", "-", "Пауза уведомлений на 1 час",
                "Пауза до завтра, 08:00", "-", "Выйти");

        Instant asked = Instant.now();
        TrayProbe.choose(tray, "Пауза уведомлений на 1 час");

        await().atMost(PATIENCE).until(() -> window.main().notificationsPausedProperty().get());
        Instant until = new SettingsStore(dataDirectory).load(List::of).desktop().notificationsPausedUntil();
        assertThat(until).isBetween(asked.plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
        await().atMost(PATIENCE).until(() -> TrayProbe.menu(tray).get(2).startsWith("Включить уведомления (пауза до "));
        assertThat(TrayProbe.showsPausedCount(tray, unreadTotal())).as("a grey disc while paused").isTrue();
        assertThat(TrayProbe.tooltip(tray)).startsWith("Market Chats: непрочитанных " + unreadTotal()
                + " · Уведомления на паузе до ");

        TrayProbe.choose(tray, "Включить уведомления");

        await().atMost(PATIENCE).until(() -> !window.main().notificationsPausedProperty().get());
        await().atMost(PATIENCE).until(() -> new SettingsStore(dataDirectory).load(List::of).desktop()
                .notificationsPausedUntil() == null);
        assertThat(TrayProbe.menu(tray)).contains("Пауза уведомлений на 1 час");
        assertThat(TrayProbe.showsCount(tray, unreadTotal())).isTrue();
    }

    @Test
    void closingAsksOnceThenKeepsTheAppInTheTrayAndOpenBringsItBack(FxRobot robot) throws Exception {
        AppTray tray = trayIcon();
        Stage stage = window.stage();

        // Not interact(): the question waits in a nested event loop, so the close request returns only once answered.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await().atMost(PATIENCE).until(() -> robot.lookup("#closeToTrayKeep").tryQuery().isPresent());
        assertThat(robot.lookup("#closeToTrayDetails").queryAs(Label.class).getText()).startsWith("В трее приложение продолжит получать сообщения");
        assertThat(CutTexts.in(robot.lookup("#closeToTrayDetails").query().getScene().getRoot()))
                .as("every word of the question readable").isEmpty();
        robot.clickOn("#closeToTrayKeep");

        await().atMost(PATIENCE).until(() -> !stage.isShowing());
        assertThat(quits).hasValue(0);
        await().atMost(PATIENCE).until(() -> new SettingsStore(dataDirectory).load(List::of).desktop().onClose()
                == CloseAction.TRAY);

        TrayProbe.choose(tray, "Открыть Market Chats");
        await().atMost(PATIENCE).until(stage::isShowing);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await().atMost(PATIENCE).until(() -> !stage.isShowing());
        assertThat(robot.lookup("#closeToTrayKeep").tryQuery()).as("asked only once").isEmpty();

        TrayProbe.choose(tray, "Выйти");
        await().atMost(PATIENCE).until(() -> quits.get() == 1);
    }

    @Test
    void settingsOfferTheCloseChoiceWithATrayAndQuitChosenThereQuits(FxRobot robot) throws Exception {
        trayIcon();
        robot.interact(() -> window.dialogs().showSettings());
        await().atMost(PATIENCE).until(() -> robot.lookup("#settingsOnClose").tryQuery().isPresent());
        ComboBox<CloseChoice> onClose = robot.lookup("#settingsOnClose").queryComboBox();
        assertThat(onClose.isDisabled()).isFalse();
        assertThat(robot.lookup("#settingsNoTray").query().isVisible()).isFalse();
        await().atMost(PATIENCE).until(() -> onClose.getValue() == CloseChoice.ASK);

        robot.interact(() -> onClose.setValue(CloseChoice.QUIT));
        robot.clickOn("#settingsSave");
        await().atMost(PATIENCE).until(() -> window.main().settingsProperty().get().desktop().onClose()
                == CloseAction.QUIT);

        Stage stage = window.stage();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await().atMost(PATIENCE).until(() -> quits.get() == 1);
        assertThat(robot.lookup("#closeToTrayKeep").tryQuery()).as("no question once chosen").isEmpty();
    }

    @Test
    void aStartWithTheSystemAskedToStartMinimisedWaitsInTheTray(FxRobot robot, @TempDir Path otherData) throws Exception {
        robot.interact(window::close);
        SettingsStore settings = new SettingsStore(otherData);
        settings.save(settings.load(List::of).withLanguage("ru")
                .withDesktop(settings.load(List::of).desktop().withStartMinimized(true)));
        AppOptions options = AppOptions.parse(List.of("--demo", "--minimized", "--data-dir=" + otherData));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            window = new AppWindow(stage[0], AppStartup.begin(options, Optional::empty), target -> { });
            window.setQuit(quits::incrementAndGet);
            window.show();
        });

        AppTray tray = trayIcon();
        assertThat(stage[0].isShowing()).as("the window waits in the tray").isFalse();
        await().atMost(PATIENCE).until(() -> TrayProbe.unread(tray) == unreadTotal() && unreadTotal() > 0);

        TrayProbe.activate(tray);
        await().atMost(PATIENCE).until(stage[0]::isShowing);
        assertThat(stage[0].isIconified()).isFalse();
    }

    @Test
    void withTheWindowInTheTrayAndNoDBusANotificationIsTheIconsBalloonAndItsClickOpensTheChat(FxRobot robot) throws Exception {
        AppTray tray = trayIcon();
        await().atMost(PATIENCE).until(() -> window.notificationMechanism() == NotificationMechanism.TRAY);
        SandboxChat chat = chatWithoutUnread();
        Stage stage = window.stage();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await().atMost(PATIENCE).until(() -> robot.lookup("#closeToTrayKeep").tryQuery().isPresent());
        robot.clickOn("#closeToTrayKeep");
        await().atMost(PATIENCE).until(() -> !stage.isShowing());

        sandbox().state().addBuyerMessage(chat.chatId(), "Можно оплатить при получении?");
        window.main().activeModelsProperty().get().refreshNow();

        await().atMost(PATIENCE).until(() -> Long.valueOf(chat.chatId()).equals(TrayProbe.balloonChat(tray)));
        TrayProbe.activate(tray);
        await().atMost(PATIENCE).until(() -> stage.isShowing() && selectedChat() == chat.chatId());
    }

    private AppTray trayIcon() {
        await().atMost(PATIENCE).until(() -> window.main() != null && window.tray() != null
                && window.tray().present() && window.main().activeModelsProperty().get() != null
                && !window.main().activeModelsProperty().get().chatList().items().isEmpty());
        return window.tray().tray().join().orElseThrow();
    }

    private int unreadTotal() {
        return window.main().cabinets().stream().mapToInt(entry -> entry.unreadProperty().get()).sum();
    }

    private SandboxChat chatWithoutUnread() {
        List<ChatListItem> items = window.main().activeModelsProperty().get().chatList().items();
        long id = items.stream().filter(item -> item.unreadCount() == 0).findFirst().orElseThrow().chatId();
        return sandbox().state().chats(sandbox().demoBusinessId()).stream().filter(chat -> chat.chatId() == id)
                .findFirst().orElseThrow();
    }

    private long selectedChat() {
        ChatListItem selected = window.main().activeModelsProperty().get().chatList().selectedProperty().get();
        return selected == null ? -1 : selected.chatId();
    }

    private SandboxServer sandbox() {
        return DemoWindows.sandbox(window);
    }

    /** Whether the window's tray icon has left the tray (or there never was one). */
    private static final class AppTrayGone {
        static boolean of(AppWindow window) throws Exception {
            if (window.tray() == null) {
                return true;
            }
            Optional<AppTray> tray = window.tray().tray().getNow(Optional.empty());
            return tray.isEmpty() || !TrayProbe.installed(tray.get());
        }
    }
}
