package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The list's markers in the real window, moved by what the seller does in the compose box and by the
 * outbox: a pencil while a chat has a draft, a red marker while a message of it was not sent.
 */
@ExtendWith(ApplicationExtension.class)
class ChatListMarkersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = DemoWindows.show(stage, dataDirectory, "ru");
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void typingInTheComposeBoxShowsThePencilAndClearingItTakesItAway(FxRobot robot) {
        ChatListItem chat = ChatRows.first(robot, 4, row -> !row.marks().draft());
        DemoWindows.openChat(robot, chat.chatId());

        robot.clickOn("#composeInput").write("Проверю наличие и");

        await().atMost(PATIENCE).until(() -> ChatRows.row(robot, chat.chatId()).marks().draft());
        assertThat(shown(robot, chat.chatId(), ".chat-draft-marker")).isTrue();
        assertThat(ChatRows.row(robot, chat.chatId()).accessibleText()).contains("черновик");

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE);

        await().atMost(PATIENCE).until(() -> !ChatRows.row(robot, chat.chatId()).marks().draft());
        assertThat(shown(robot, chat.chatId(), ".chat-draft-marker")).isFalse();
    }

    @Test
    void aFailedSendMarksTheRowRedUntilARetrySendsIt(FxRobot robot) {
        ChatListItem chat = ChatRows.first(robot, 4, row -> !row.marks().notSent());
        DemoWindows.openChat(robot, chat.chatId());
        DemoWindows.sandbox(window).faults().refuseWrites(true);

        robot.clickOn("#composeInput").write("Уточним у склада и вернёмся.").type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> ChatRows.row(robot, chat.chatId()).marks().notSent());
        assertThat(shown(robot, chat.chatId(), ".chat-not-sent-marker")).isTrue();
        assertThat(ChatRows.row(robot, chat.chatId()).accessibleText()).contains("сообщение не отправлено");

        await().atMost(PATIENCE).until(() -> robot.lookup(".retryButton").tryQuery().isPresent());
        DemoWindows.sandbox(window).faults().refuseWrites(false);
        robot.clickOn(".retryButton");

        await().atMost(PATIENCE).until(() -> !ChatRows.row(robot, chat.chatId()).marks().notSent());
        assertThat(shown(robot, chat.chatId(), ".chat-not-sent-marker")).isFalse();
    }

    /** Whether the row's cell shows the marker (the cell keeps its nodes and hides those not needed). */
    private static boolean shown(FxRobot robot, long chatId, String marker) {
        await().atMost(PATIENCE).until(() -> ChatRows.cell(robot, chatId).getItem() == ChatRows.row(robot, chatId));
        Node node = ChatRows.cell(robot, chatId).lookup(marker);
        return node.isVisible() && node.isManaged();
    }
}
