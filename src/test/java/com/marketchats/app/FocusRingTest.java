package com.marketchats.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Walks the real window with Tab, as a keyboard user does, in both themes: every control that takes the
 * focus shows a ring at least 2 px wide whose colour stands out at least 3:1 (WCAG 2.1, non-text
 * contrast) against what is behind it.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final double MINIMUM_CONTRAST = 3.0;

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
    @ValueSource(strings = {"dark", "light"})
    void everyControlReachedByTabShowsARingThatStandsOut(String theme, FxRobot robot) {
        robot.interact(() -> {
            window = new AppWindow(stage, AppOptions.parse(List.of("--demo", "--lang=ru", "--theme=" + theme,
                    "--data-dir=" + dataDirectory)), target -> { });
            window.show();
        });
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent()
                && !robot.lookup("#chatList").queryListView().getItems().isEmpty());
        DemoWindows.openChat(robot, robot.lookup("#chatList").<com.marketchats.viewmodel.chatlist.ChatListItem>queryListView()
                .getItems().get(1).chatId());

        Set<Node> visited = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (int press = 0; press < 40; press++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && visited.add(focused)) {
                robot.interact(() -> check(focused).ifPresent(problems::add));
            }
        }

        assertThat(problems).as("focus rings in the %s theme", theme).isEmpty();
        assertThat(visited).as("Tab reaches the controls of the window").hasSizeGreaterThan(5);
    }

    private static java.util.Optional<String> check(Node focused) {
        Node ringed = focused instanceof CheckBox box ? box.lookup(".box") : focused;
        String name = focused.getClass().getSimpleName() + (focused.getId() == null ? "" : "#" + focused.getId());
        if (!(ringed instanceof Region region) || region.getBorder() == null || region.getBorder().getStrokes().isEmpty()) {
            return java.util.Optional.of(name + ": no ring");
        }
        BorderStroke stroke = region.getBorder().getStrokes().get(0);
        if (!(stroke.getTopStroke() instanceof Color ring) || stroke.getWidths().getTop() < 2) {
            return java.util.Optional.of(name + ": ring thinner than 2 px or not one colour");
        }
        Color behind = backgroundBehind(region.getParent());
        double contrast = contrast(ring, behind);
        return contrast >= MINIMUM_CONTRAST ? java.util.Optional.empty()
                : java.util.Optional.of(String.format("%s: ring %s on %s is %.2f:1", name, ring, behind, contrast));
    }

    /** The top colour painted by the nearest ancestor that paints one. */
    private static Color backgroundBehind(Parent parent) {
        for (Parent at = parent; at != null; at = at.getParent()) {
            if (at instanceof Region region) {
                Background background = region.getBackground();
                if (background != null && !background.getFills().isEmpty()) {
                    List<BackgroundFill> fills = background.getFills();
                    if (fills.get(fills.size() - 1).getFill() instanceof Color color && color.getOpacity() > 0.99) {
                        return color;
                    }
                }
            }
        }
        throw new AssertionError("nothing paints behind " + parent);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
