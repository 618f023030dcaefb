package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.window.CabinetViewModels;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every text of the app read in full: the main window with a conversation open, every tooltip and
 * menu of it, the send sheet, the settings (each tab, the quick-reply editor among them), the connect
 * dialog, the new-chat dialog, About and the shortcut list (F1); in Russian and English, at the window's
 * minimum size and at 1366×768. A cut text fails the test with what it shows instead.
 */
@ExtendWith(ApplicationExtension.class)
class EveryLabelReadableTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Set when the window is too small for its own minimum: then the minimum size is used. */
    private static final int MINIMUM = 0;

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
        robot.interact(() -> {
            closeOtherWindows();
            if (window != null) {
                window.close();
            }
        });
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"ru, 0, 0", "en, 0, 0", "ru, 1366, 768", "en, 1366, 768"})
    void noTextIsCut(String language, int width, int height, FxRobot robot) throws Exception {
        robot.interact(() -> window = DemoWindows.show(stage, dataDirectory, language));
        await().atMost(PATIENCE).until(() -> stage.isShowing());
        DemoWindows.resize(robot, stage, width == MINIMUM ? stage.getMinWidth() : width,
                height == MINIMUM ? stage.getMinHeight() : height);
        ListView<ChatListItem> chats = awaitChats(robot);
        DemoWindows.openChat(robot, chats.getItems().get(2).chatId());

        List<String> cut = new ArrayList<>();
        checkWindow(robot, "main window", cut);
        checkTooltipsAndMenus(robot, stage.getScene().getRoot(), cut);
        Button appMenu = robot.lookup("#appMenu").queryButton();
        showAndWalk(robot, appMenu::fire, EveryLabelReadableTest::hidePopups, "the app menu", cut);

        Path file = Files.writeString(dataDirectory.resolve("накладная-поставщика-октябрь.txt"), "text");
        CabinetViewModels models = window.main().activeModelsProperty().get();
        robot.interact(() -> models.compose().sheet().addFiles(List.of(file)));
        checkWindow(robot, "send sheet", cut);
        robot.interact(() -> models.compose().sheet().cancel());

        checkDialog(robot, "settings", () -> window.dialogs().showSettings(), cut);
        checkDialog(robot, "connect dialog", () -> window.dialogs().showOnboarding(), cut);
        checkDialog(robot, "new chat", () -> window.dialogs().showStartChat(), cut);
        checkDialog(robot, "about", () -> window.dialogs().showAbout(), cut);
        checkDialog(robot, "shortcuts", () -> stage.getScene().getAccelerators()
                .get(new KeyCodeCombination(KeyCode.F1)).run(), cut);

        assertThat(cut).as("texts cut in %s at %s×%s", language, stage.getWidth(), stage.getHeight()).isEmpty();
    }

    private static ListView<ChatListItem> awaitChats(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent()
                && robot.lookup("#chatList").queryListView().getItems().size() > 3);
        return robot.lookup("#chatList").queryListView();
    }

    private void checkWindow(FxRobot robot, String where, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> CutTexts.in(stage.getScene().getRoot()).forEach(line -> cut.add(where + ": " + line)));
    }

    /** Opens a dialog, walks every tab of it, its tooltips and menus, and closes it. */
    private void checkDialog(FxRobot robot, String where, Runnable open, List<String> cut) {
        robot.interact(open);
        await().atMost(PATIENCE).until(() -> !otherWindows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        for (Window dialog : otherWindows()) {
            Parent root = dialog.getScene().getRoot();
            List<TabPane> tabPanes = robot.from(root).lookup((java.util.function.Predicate<Node>) node -> node instanceof TabPane).queryAll()
                    .stream().map(TabPane.class::cast).toList();
            if (tabPanes.isEmpty()) {
                robot.interact(() -> CutTexts.in(root).forEach(line -> cut.add(where + ": " + line)));
            }
            for (TabPane tabs : tabPanes) {
                for (int i = 0; i < tabs.getTabs().size(); i++) {
                    int index = i;
                    robot.interact(() -> tabs.getSelectionModel().select(index));
                    WaitForAsyncUtils.waitForFxEvents();
                    String tab = where + " / " + tabs.getTabs().get(index).getText();
                    robot.interact(() -> CutTexts.in(root).forEach(line -> cut.add(tab + ": " + line)));
                }
            }
            checkTooltipsAndMenus(robot, root, cut);
        }
        robot.interact(EveryLabelReadableTest::closeOtherWindows);
    }

    /** Shows each tooltip, drop-down and context menu under {@code root} in turn and walks what it shows. */
    private void checkTooltipsAndMenus(FxRobot robot, Parent root, List<String> cut) {
        List<Node> nodes = new ArrayList<>();
        robot.interact(() -> collect(root, nodes::add));
        for (Node node : nodes) {
            if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tooltip
                    && tooltip.getText() != null && !tooltip.getText().isBlank()) {
                showAndWalk(robot, () -> tooltip.show(node, 0, 0), tooltip::hide, "tooltip of " + name(node), cut);
            }
            if (node instanceof MenuButton menu && !menu.getItems().isEmpty()) {
                showAndWalk(robot, menu::show, menu::hide, "menu of " + name(node), cut);
            } else if (node instanceof ComboBoxBase<?> combo) {
                showAndWalk(robot, combo::show, combo::hide, "drop-down of " + name(node), cut);
            }
            if (node instanceof Control control && control.getContextMenu() != null) {
                ContextMenu menu = control.getContextMenu();
                showAndWalk(robot, () -> menu.show(node, Side.BOTTOM, 0, 0), menu::hide, "context menu of " + name(node), cut);
            }
        }
    }

    private void showAndWalk(FxRobot robot, Runnable show, Runnable hide, String where, List<String> cut) {
        robot.interact(show);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Window popup : FXCollections.observableArrayList(Window.getWindows())) {
                if (popup instanceof PopupWindow && popup.isShowing() && popup.getScene() != null) {
                    CutTexts.in(popup.getScene().getRoot()).forEach(line -> cut.add(where + ": " + line));
                }
            }
            hide.run();
        });
    }

    private static void hidePopups() {
        List.copyOf(Window.getWindows()).stream().filter(PopupWindow.class::isInstance).forEach(Window::hide);
    }

    private static void collect(Node node, Consumer<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        found.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static String name(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }

    private List<Window> otherWindows() {
        return Window.getWindows().stream()
                .filter(other -> other != stage && other.isShowing() && !(other instanceof PopupWindow))
                .toList();
    }

    private static void closeOtherWindows() {
        for (Window other : List.copyOf(Window.getWindows())) {
            if (other instanceof Stage dialog && other.isShowing() && dialog.getOwner() != null) {
                dialog.close();
            }
        }
    }
}
