package com.marketchats.app;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.conversation.ConversationItem;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "to the newest" button in the real window on the demo cabinet: shown while scrolled up, it sits beside
 * the messages and never over one, carries the count of new messages below, and Tab reaches it.
 */
@ExtendWith(ApplicationExtension.class)
class JumpButtonWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int SEEDED = 30;

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
    void theButtonNeverCoversAMessageShowsTheNewCountAndTabReachesIt(FxRobot robot) {
        long chatId = chatWithLongMessagesOnBothSides(robot);
        DemoWindows.openChat(robot, chatId);
        await().atMost(PATIENCE).until(() -> texts(robot).contains(text(SEEDED)));
        Button jump = robot.lookup("#jumpToBottom").queryButton();

        boolean besideAMessage = false;
        for (int step = 1; step <= 4; step++) {
            int index = messages(robot).getItems().size() * step / 6;
            robot.interact(() -> messages(robot).scrollTo(index));
            await().atMost(PATIENCE).until(jump::isVisible);
            WaitForAsyncUtils.waitForFxEvents();
            Bounds button = jump.localToScene(jump.getLayoutBounds());
            for (Bounds bubble : shownBubbles(robot)) {
                assertThat(bubble.intersects(button)).as("the button covers a message at %s", bubble).isFalse();
                besideAMessage |= bubble.getMinY() < button.getMaxY() && bubble.getMaxY() > button.getMinY();
            }
        }
        assertThat(besideAMessage).as("a message was beside the button at least once").isTrue();

        state().addBuyerMessage(chatId, "Вы здесь?");
        robot.interact(() -> window.main().activeModelsProperty().get().refreshNow());
        Label count = robot.lookup("#jumpToBottomCount").queryAs(Label.class);
        await().atMost(PATIENCE).until(() -> count.isVisible() && "1".equals(count.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds badge = count.localToScene(count.getLayoutBounds());
        assertThat(shownBubbles(robot)).noneMatch(badge::intersects);
        assertThat(jump.getAccessibleText()).contains("1");

        robot.interact(() -> messages(robot).requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getScene().getFocusOwner()).isSameAs(jump);
        robot.type(KeyCode.SPACE);
        await().atMost(PATIENCE).until(() -> !jump.isVisible());
        assertThat(lastRowInSight(robot)).isTrue();
    }

    /** Long messages from the seller (on the right, where the button is) and the buyer, in a demo chat. */
    private long chatWithLongMessagesOnBothSides(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent()
                && robot.lookup("#chatList").queryListView().getItems().size() > 3);
        ListView<ChatListItem> chats = robot.lookup("#chatList").queryListView();
        long chatId = chats.getItems().get(2).chatId();
        for (int number = 1; number <= SEEDED; number++) {
            MessageSender sender = number % 2 == 0 ? MessageSender.CUSTOMER : MessageSender.PARTNER;
            state().seedMessage(chatId, state().now(), sender, text(number), List.of());
        }
        robot.interact(() -> window.main().activeModelsProperty().get().refreshNow());
        return chatId;
    }

    private static String text(int number) {
        return number + ". Здравствуйте! Посылку передали в службу доставки сегодня утром, трек-номер придёт "
                + "в личный кабинет, а курьер позвонит за час до приезда и уточнит удобное время.";
    }

    /** Scene bounds of every message bubble the list shows, where it shows them. */
    private static List<Bounds> shownBubbles(FxRobot robot) {
        ListView<ConversationItem> list = messages(robot);
        Bounds viewport = list.localToScene(list.getLayoutBounds());
        return robot.from(list).lookup(".bubble").queryAll().stream()
                .filter(JumpButtonWindowTest::showing)
                .map(bubble -> bubble.localToScene(bubble.getLayoutBounds()))
                .filter(viewport::intersects)
                .toList();
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean lastRowInSight(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) messages(robot).lookup(".virtual-flow");
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last != null && last.getIndex() == messages(robot).getItems().size() - 1;
    }

    private static List<String> texts(FxRobot robot) {
        return List.copyOf(messages(robot).getItems()).stream().filter(MessageBubble.class::isInstance)
                .map(item -> ((MessageBubble) item).text()).toList();
    }

    private static ListView<ConversationItem> messages(FxRobot robot) {
        return robot.lookup("#messageList").queryListView();
    }

    private SandboxState state() {
        return DemoWindows.sandbox(window).state();
    }
}
