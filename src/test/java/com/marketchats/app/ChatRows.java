package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** The chat list of the real window as a test reads it: rows by chat id and their cells on screen. */
final class ChatRows {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private ChatRows() {
    }

    /** The chat list; an empty one while the cabinet is still opening (the panes are not built yet). */
    static ListView<ChatListItem> list(FxRobot robot) {
        return robot.lookup("#chatList").<ListView<ChatListItem>>tryQuery().orElseGet(ListView::new);
    }

    static List<ChatListItem> rows(FxRobot robot) {
        return List.copyOf(list(robot).getItems());
    }

    static ChatListItem row(FxRobot robot, long chatId) {
        return rows(robot).stream().filter(row -> row.chatId() == chatId).findFirst().orElseThrow();
    }

    /** The first row that matches, once the list holds at least {@code atLeast} rows and one of them matches. */
    static ChatListItem first(FxRobot robot, int atLeast, Predicate<ChatListItem> wanted) {
        await().atMost(PATIENCE).until(() -> rows(robot).size() >= atLeast && rows(robot).stream().anyMatch(wanted));
        return rows(robot).stream().filter(wanted).findFirst().orElseThrow();
    }

    /**
     * Searches the list down to one chat by a number of its, so that its cell stays put: the demo's buyers
     * keep writing and the first sync keeps settling, which reorders a full list under the mouse.
     */
    static ListCell<?> searchedCell(FxRobot robot, long chatId, long number) {
        robot.clickOn("#chatSearch").write(String.valueOf(number));
        await().atMost(PATIENCE).until(() -> rows(robot).size() == 1 && rows(robot).get(0).chatId() == chatId);
        return cell(robot, chatId);
    }

    /** The row's cell, scrolled into view. */
    static ListCell<?> cell(FxRobot robot, long chatId) {
        ListView<ChatListItem> list = list(robot);
        robot.interact(() -> rows(robot).stream().filter(row -> row.chatId() == chatId).findFirst()
                .ifPresent(list::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
        Optional<ListCell<?>> cell = robot.lookup("#chatList .list-cell").match(node -> node.isVisible()
                && ((ListCell<?>) node).getItem() instanceof ChatListItem shown && shown.chatId() == chatId).tryQuery();
        return cell.orElseThrow();
    }
}
