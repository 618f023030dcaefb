package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

/**
 * The compose box in the real window on the demo cabinet: it grows with its wrapped text from two rows to
 * eight and then scrolls, shrinks when the text is sent, and Tab never keeps the keyboard in it.
 */
@ExtendWith(ApplicationExtension.class)
class ComposeBoxWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String SENTENCE = "Здравствуйте! Заказ собран и передан в доставку, курьер привезёт его завтра. ";
    private static final String[] WORDS = SENTENCE.split(" ");

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
    void theBoxGrowsWithWrappedTextUpToEightRowsThenScrollsAndShrinksWhenSent(FxRobot robot) {
        openThirdChat(robot);
        robot.clickOn("#composeInput").write("Добрый день");
        double twoRows = input(robot).getHeight();

        List<Double> heights = new ArrayList<>();
        // One long paragraph, no line breaks: every new row comes from wrapping.
        while (heights.size() < 400 && !verticalBarShown(robot)) {
            robot.interact(() -> input(robot).appendText(WORDS[heights.size() % WORDS.length] + " "));
            WaitForAsyncUtils.waitForFxEvents();
            heights.add(input(robot).getHeight());
            if (!verticalBarShown(robot)) {
                assertThat(input(robot).getScrollTop()).as("below the cap the first row stays in sight").isZero();
            }
        }
        for (int sentence = 0; sentence < 10; sentence++) {
            robot.interact(() -> input(robot).appendText(SENTENCE));
        }
        WaitForAsyncUtils.waitForFxEvents();
        double capped = input(robot).getHeight();

        assertThat(input(robot).getText()).doesNotContain("\n");
        assertThat(heights).as("the box never shrinks or jumps while text is added").isSorted();
        List<Double> steps = heights.stream().distinct().toList();
        assertThat(steps).as("two rows, then one step per row up to eight").hasSize(7);
        assertThat(steps.get(0)).isEqualTo(twoRows);
        double row = steps.get(1) - steps.get(0);
        assertThat(row).isPositive();
        for (int index = 1; index < steps.size(); index++) {
            assertThat(steps.get(index) - steps.get(index - 1)).isCloseTo(row, offset(1.0));
        }
        assertThat(capped).as("a longer text does not grow the box").isEqualTo(steps.get(6));
        assertThat(verticalBarShown(robot)).as("a longer text scrolls inside the box").isTrue();
        assertThat(input(robot).getScrollTop()).as("scrolled to the caret at the end").isPositive();

        robot.type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> input(robot).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input(robot).getHeight()).as("back to two rows once sent").isEqualTo(twoRows);
    }

    @Test
    void tabGoesToSendAndShiftTabBackToTheMessagesWhileCtrlTabTypesATab(FxRobot robot) {
        openThirdChat(robot);
        robot.clickOn("#composeInput").write("Добрый день");

        robot.type(KeyCode.TAB);
        assertThat(focusId()).isEqualTo("sendButton");

        robot.clickOn("#composeInput");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusId()).isEqualTo("messageList");

        robot.clickOn("#composeInput");
        robot.interact(() -> input(robot).end());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(focusId()).isEqualTo("composeInput");
        assertThat(input(robot).getText()).isEqualTo("Добрый день\t");
    }

    @Test
    void tabFromTheChatListGoesThroughTheConversationToTheBoxAndThenSend(FxRobot robot) {
        openThirdChat(robot);
        robot.clickOn("#composeInput").write("Добрый день");
        ListView<ChatListItem> chats = robot.lookup("#chatList").queryListView();
        robot.interact(chats::requestFocus);

        List<Node> order = new ArrayList<>();
        while (order.size() < 20 && !"sendButton".equals(focusId())) {
            order.add(window.stage().getScene().getFocusOwner());
            robot.type(KeyCode.TAB);
        }
        order.add(window.stage().getScene().getFocusOwner());

        List<String> ids = order.stream().map(Node::getId).toList();
        assertThat(ids.get(0)).isEqualTo("chatList");
        assertThat(ids.subList(ids.size() - 3, ids.size())).containsExactly("messageList", "composeInput", "sendButton");
        Node conversation = robot.lookup(".conversation-pane").query();
        assertThat(order.subList(1, order.size() - 2)).as("between the list and the box: only the conversation")
                .allMatch(node -> isInside(node, conversation));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private String focusId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = window.stage().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static boolean verticalBarShown(FxRobot robot) {
        return robot.from(input(robot)).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible());
    }

    private static void openThirdChat(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent()
                && robot.lookup("#chatList").queryListView().getItems().size() > 3);
        ListView<ChatListItem> chats = robot.lookup("#chatList").queryListView();
        DemoWindows.openChat(robot, chats.getItems().get(2).chatId());
    }

    private static TextArea input(FxRobot robot) {
        return robot.lookup("#composeInput").queryAs(TextArea.class);
    }
}
