package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real window at the smallest size a seller is promised to work in, 1024×700 with the demo banner
 * shown: the filter block stays visible and the list still shows at least seven whole chats, in Russian
 * and, after switching the language, in English.
 */
@ExtendWith(ApplicationExtension.class)
class ChatListRoomTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int WHOLE_ROWS = 7;

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
    void sevenWholeChatsFitUnderTheFilterBlockAt1024x700InRussianAndEnglish(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
        });
        assertRoomFor(robot, "Демо-режим");

        robot.interact(() -> window.settingsSaved(window.main().settingsProperty().get().withLanguage("en")));
        assertRoomFor(robot, "Demo mode");
    }

    private void assertRoomFor(FxRobot robot, String bannerStart) {
        int all = DemoWindows.sandbox(window).state().chats(DemoWindows.sandbox(window).demoBusinessId()).size();
        await().atMost(PATIENCE).until(() -> robot.lookup("#demoBanner").tryQuery()
                .map(banner -> ((Label) banner).getText().startsWith(bannerStart)).orElse(false)
                && robot.lookup("#chatList").tryQuery().map(list -> ((ListView<?>) list).getItems().size() == all)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#demoBanner").query().isVisible()).isTrue();
        for (String filter : new String[] {"#chatSearch", "#contextFilter", "#groupFilter-NEEDS_REPLY",
                "#groupFilter-ALL"}) {
            assertThat(insideWindow(robot.lookup(filter).query())).as(filter + " is in the window").isTrue();
        }
        assertThat(wholeRows(robot)).as("whole chats in a %.0f px list with %s", viewportHeight(robot), bannerStart).isGreaterThanOrEqualTo(WHOLE_ROWS);
    }

    /** Rows whose whole height is inside the list's viewport. */
    private static long wholeRows(FxRobot robot) {
        Node flow = robot.lookup("#chatList .virtual-flow").query();
        Bounds viewport = flow.localToScene(flow.getLayoutBounds());
        return robot.lookup("#chatList .list-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && ((ListCell<?>) cell).getItem() instanceof ChatListItem)
                .map(cell -> cell.localToScene(cell.getLayoutBounds()))
                .filter(row -> row.getMinY() >= viewport.getMinY() - 0.5 && row.getMaxY() <= viewport.getMaxY() + 0.5)
                .count();
    }

    private static double viewportHeight(FxRobot robot) {
        return robot.lookup("#chatList .virtual-flow").query().getLayoutBounds().getHeight();
    }

    private boolean insideWindow(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return node.isVisible() && bounds.getMinY() >= 0 && bounds.getMaxY() <= window.stage().getScene().getHeight()
                && bounds.getMaxX() <= window.stage().getScene().getWidth();
    }
}
