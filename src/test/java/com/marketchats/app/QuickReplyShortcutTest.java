package com.marketchats.app;

import com.marketchats.service.settings.QuickReply;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real window on the demo cabinet: a chat found by the last digits of its order, shown with them
 * highlighted, then quick replies typed in with Ctrl+digit, a hidden buyer name left selected to type over.
 */
@ExtendWith(ApplicationExtension.class)
class QuickReplyShortcutTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** A demo order chat whose buyer hides their name, order 51234567803. */
    private static final long HIDDEN_BUYER_CHAT = 7_000_003;

    @TempDir
    Path dataDirectory;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        SettingsStore settings = new SettingsStore(dataDirectory);
        settings.save(settings.load(List::of).withQuickReplies(List.of(
                new QuickReply("Привет", "Здравствуйте, {buyerName}!"),
                new QuickReply("Номер", "Ваш заказ №{orderId}."))));
        window = DemoWindows.show(stage, dataDirectory, "ru");
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void aChatFoundByItsOrderTailTakesQuickRepliesByCtrlDigit(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() > 3);
        robot.clickOn("#chatSearch").write("7803");
        await().atMost(PATIENCE).until(() -> cellOf(robot).isPresent());
        assertThat(robot.from(cellOf(robot).orElseThrow()).lookup(".chat-subject-match").queryAs(Label.class)
                .getText()).isEqualTo("7803");

        robot.clickOn(cellOf(robot).orElseThrow());
        await().atMost(PATIENCE).until(() -> !input(robot).isDisabled());
        robot.clickOn("#composeInput");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input(robot).getText()).isEqualTo("Ваш заказ №51234567803.");

        robot.interact(() -> input(robot).clear());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input(robot).getSelectedText()).isEqualTo("[имя покупателя]");
        robot.write("Анна");
        assertThat(input(robot).getText()).isEqualTo("Здравствуйте, Анна!");

        List<MenuItem> menu = robot.lookup("#quickReplies").queryAs(MenuButton.class).getItems();
        assertThat(menu).extracting(item -> item.getAccelerator().getDisplayText())
                .containsExactly("Ctrl+1", "Ctrl+2");
    }

    private static Optional<Node> cellOf(FxRobot robot) {
        return robot.lookup("#chatList .list-cell").match(node -> ((ListCell<?>) node).getItem()
                instanceof ChatListItem shown && shown.chatId() == HIDDEN_BUYER_CHAT).tryQuery();
    }

    private static ListView<ChatListItem> chatList(FxRobot robot) {
        return robot.lookup("#chatList").<ListView<ChatListItem>>tryQuery().orElseGet(ListView::new);
    }

    private static TextArea input(FxRobot robot) {
        return robot.lookup("#composeInput").queryAs(TextArea.class);
    }
}
