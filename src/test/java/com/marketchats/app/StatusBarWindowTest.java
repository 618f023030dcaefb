package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The status bar when Yandex Market stops answering, in the real window at its smallest: the short
 * state fits and is not coloured as an error (the app copes on its own), the tooltip says all of it.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void offlineIsNeutralFitsAndTellsTheWholeStoryInItsTooltip(String language, FxRobot robot) {
        robot.interact(() -> window = DemoWindows.show(stage, dataDirectory, language));
        DemoWindows.resize(robot, stage, stage.getMinWidth(), stage.getMinHeight());
        await().atMost(PATIENCE).until(() -> robot.lookup("#statusConnection").tryQuery().isPresent()
                && robot.lookup("#statusConnection").queryAs(Label.class).getStyleClass().contains("connection-online"));
        WaitForAsyncUtils.waitForFxEvents();
        Label connection = robot.lookup("#statusConnection").queryAs(Label.class);
        AtomicReference<Paint> onlineFill = new AtomicReference<>();
        robot.interact(() -> onlineFill.set(connection.getTextFill()));

        DemoWindows.sandbox(window).close();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        await().atMost(PATIENCE).until(() -> connection.getStyleClass().contains("connection-offline"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            assertThat(connection.getTextFill()).as("offline is as neutral as online").isEqualTo(onlineFill.get());
            assertThat(connection.getTooltip().getText()).isEqualTo(connection.getAccessibleText())
                    .startsWith(connection.getText().substring(0, 5)).hasSizeGreaterThan(connection.getText().length());
            assertThat(CutTexts.in(robot.lookup(".status-bar").query())).isEmpty();
        });

        // A reply written meanwhile waits for the connection: said as calmly as the status bar says it.
        ListView<ChatListItem> chats = robot.lookup("#chatList").queryListView();
        DemoWindows.openChat(robot, chats.getItems().get(0).chatId());
        robot.clickOn("#composeInput").write("Wait for me").press(KeyCode.ENTER).release(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> robot.lookup(".pending-waiting").tryQuery().isPresent());
        Label waiting = robot.lookup(".pending-waiting").queryAs(Label.class);
        robot.interact(() -> assertThat(waiting.getTextFill()).isEqualTo(connection.getTextFill()));
        assertThat(robot.lookup(".pending-failure").tryQuery()).isEmpty();
    }
}
