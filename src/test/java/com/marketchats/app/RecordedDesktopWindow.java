package com.marketchats.app;

import com.marketchats.sandbox.SandboxServer;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import static org.awaitility.Awaitility.await;

/** The real window on the demo cabinet, in Russian, whose desktop is a {@link RecordingDesktop}: the base of the opening tests. */
@ExtendWith(ApplicationExtension.class)
abstract class RecordedDesktopWindow {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;
    final RecordingDesktop desktop = new RecordingDesktop();
    AppWindow window;

    /** Not a TestFX @Start: TestFX looks for that only in the test class itself, not in its superclasses. */
    @BeforeEach
    void showWindow(FxRobot robot) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> window = DemoWindows.show(stage, dataDirectory, "ru", desktop));
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            window.stage().hide();
        });
    }

    SandboxServer sandbox() {
        return DemoWindows.sandbox(window);
    }

    /**
     * Asks for a refresh and scrolls to the newest message, until {@code shown} holds: a chat with unread
     * messages opens at the first of them, and the list makes cells only for the rows in sight.
     */
    static void refreshUntil(FxRobot robot, Callable<Boolean> shown) {
        await().atMost(PATIENCE).until(() -> {
            robot.type(KeyCode.F5);
            ListView<?> messages = robot.lookup("#messageList").queryListView();
            robot.interact(() -> messages.scrollTo(messages.getItems().size() - 1));
            return shown.call();
        });
    }

    /** A chat about an order (it has a cabinet link), once the list has loaded. */
    static ChatListItem orderChat(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent()
                && robot.lookup("#chatList").queryListView().getItems().size() > 3);
        return robot.lookup("#chatList").<ChatListItem>queryListView().getItems().stream()
                .filter(item -> item.summary().orderId() != null).findFirst().orElseThrow();
    }
}
