package com.marketchats.app;

import com.marketchats.service.settings.WindowLayout;
import com.marketchats.service.settings.WindowLayoutFile;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.assertj.core.data.Offset;
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
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The window's layout across restarts of the real app window on the demo cabinet: the window is
 * closed as the app closes it, and a new one opens on a new stage over the same data folder.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Offset<Double> PIXEL = Offset.offset(1.0);

    @TempDir
    Path dataDirectory;
    private AppWindow window;
    private Stage stage;
    /** The stage's bounds at the moment it was first shown: what the first paint used. */
    private final AtomicReference<Rectangle2D> boundsWhenShown = new AtomicReference<>();

    @Start
    void start(Stage first) {
        open(first);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(this::closeAsTheAppDoes);
    }

    @Test
    void aFirstStartTakesMostOfTheScreenCentredAndNeverGoesBelowTheMinimum(FxRobot robot) {
        await().atMost(PATIENCE).until(stage::isShowing);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D expected = WindowPlacement.firstStart(screen);

        assertThat(boundsWhenShown.get()).isEqualTo(expected);
        assertThat(stage.getWidth()).isEqualTo(expected.getWidth(), PIXEL);
        assertThat(stage.getHeight()).isEqualTo(expected.getHeight(), PIXEL);
        assertThat(stage.getMinWidth()).isEqualTo(Math.min(1024, screen.getWidth()));
        assertThat(stage.getMinHeight()).isEqualTo(Math.min(700, screen.getHeight()));
    }

    @Test
    void sizePositionDividerAndOpenChatComeBackAfterARestartAndMaximisedAfterAnother(FxRobot robot) {
        long chatId = thirdChat(robot);
        DemoWindows.openChat(robot, chatId);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D moved = new Rectangle2D(screen.getMinX() + 30, screen.getMinY() + 20,
                Math.min(1100, screen.getWidth() - 40), Math.min(720, screen.getHeight() - 30));
        robot.interact(() -> {
            stage.setX(moved.getMinX());
            stage.setY(moved.getMinY());
            stage.setWidth(moved.getWidth());
            stage.setHeight(moved.getHeight());
        });
        robot.drag(".split-pane-divider").dropBy(90, 0);
        WaitForAsyncUtils.waitForFxEvents();
        double divider = divider(robot);
        assertThat(divider).as("the drag moved the divider").isGreaterThan(0.38);

        restart(robot);

        assertThat(boundsWhenShown.get()).as("placed before the first paint").isEqualTo(moved);
        assertThat(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isEqualTo(moved);
        assertThat(stage.isMaximized()).isFalse();
        await().atMost(PATIENCE).until(() -> selectedChat(robot) == chatId);
        assertThat(divider(robot)).isEqualTo(divider, Offset.offset(0.01));

        robot.interact(() -> stage.setMaximized(true));
        await().atMost(PATIENCE).until(() -> Math.abs(divider(robot) - divider) < 0.01
                && listWidth(robot) > moved.getWidth() * divider + 20);
        restart(robot);

        assertThat(stage.isMaximized()).isTrue();
        await().atMost(PATIENCE).until(() -> selectedChat(robot) == chatId);
        assertThat(divider(robot)).isEqualTo(divider, Offset.offset(0.01));
        WindowLayout saved = new WindowLayoutFile(dataDirectory).load();
        assertThat(saved.maximized()).isTrue();
        assertThat(saved.bounds()).as("the un-maximised bounds are kept")
                .isEqualTo(new WindowLayout.Bounds(moved.getMinX(), moved.getMinY(), moved.getWidth(), moved.getHeight()));

        robot.interact(() -> stage.setMaximized(false));
        await().atMost(PATIENCE).until(() -> new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()).equals(moved));
    }

    @Test
    void aPlaceOffEveryScreenIsIgnored(FxRobot robot) {
        robot.interact(this::closeAsTheAppDoes);
        new WindowLayoutFile(dataDirectory).save(WindowLayout.NONE.withBounds(new WindowLayout.Bounds(-9000, -7000, 1100, 720)));

        robot.interact(() -> open(new Stage()));
        await().atMost(PATIENCE).until(stage::isShowing);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D shown = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        assertThat(Screen.getScreensForRectangle(shown)).as("on a screen").isNotEmpty();
        assertThat(stage.getX()).as("centred").isEqualTo(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2, PIXEL);
        assertThat(stage.getY()).isEqualTo(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2, PIXEL);
    }

    private void open(Stage next) {
        stage = next;
        boundsWhenShown.set(null);
        next.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> boundsWhenShown.set(
                new Rectangle2D(next.getX(), next.getY(), next.getWidth(), next.getHeight())));
        window = DemoWindows.show(next, dataDirectory, "ru");
    }

    /** As the app closes: the seller closes the stage, then the application stops and closes the window. */
    private void closeAsTheAppDoes() {
        stage.hide();
        window.close();
    }

    private void restart(FxRobot robot) {
        robot.interact(this::closeAsTheAppDoes);
        robot.interact(() -> open(new Stage()));
        await().atMost(PATIENCE).until(stage::isShowing);
        await().atMost(PATIENCE).until(() -> robot.lookup("#listDivider").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long thirdChat(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() > 3);
        return chatList(robot).getItems().get(2).chatId();
    }

    private static double divider(FxRobot robot) {
        return robot.lookup("#listDivider").queryAs(SplitPane.class).getDividerPositions()[0];
    }

    /** The list grows with the window: what the divider keeps is its share, not its width. */
    private static double listWidth(FxRobot robot) {
        return robot.lookup("#listDivider").queryAs(SplitPane.class).getItems().get(0).getLayoutBounds().getWidth();
    }

    private static long selectedChat(FxRobot robot) {
        ChatListItem selected = chatList(robot).getSelectionModel().getSelectedItem();
        return selected == null ? -1 : selected.chatId();
    }

    private static ListView<ChatListItem> chatList(FxRobot robot) {
        return robot.lookup("#chatList").<ListView<ChatListItem>>tryQuery().orElseGet(ListView::new);
    }
}
