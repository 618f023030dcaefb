package com.marketchats.app;

import com.marketchats.i18n.I18n;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ctrl+N in the real window on the demo cabinet: the start-chat dialog opens with the keyboard in the
 * number field, and a long error is shown whole (wrapped, the dialog grown), in Russian and in English.
 */
@ExtendWith(ApplicationExtension.class)
class StartChatWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

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
            List.copyOf(Window.getWindows()).stream().filter(shown -> shown != stage).forEach(Window::hide);
            window.close();
        });
    }

    @Test
    void ctrlNFocusesTheNumberAndALongErrorIsReadInFullInRussian(FxRobot robot) {
        opensOnTheNumberAndShowsTheWholeError(robot, "ru");
    }

    @Test
    void ctrlNFocusesTheNumberAndALongErrorIsReadInFullInEnglish(FxRobot robot) {
        opensOnTheNumberAndShowsTheWholeError(robot, "en");
    }

    private void opensOnTheNumberAndShowsTheWholeError(FxRobot robot, String language) {
        robot.interact(() -> window = DemoWindows.show(stage, dataDirectory, language));
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent());
        // Every write is refused as for a key without the chats permission: the longest error there is.
        DemoWindows.sandbox(window).faults().refuseWrites(true);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        await().atMost(PATIENCE).until(() -> robot.lookup("#startChatNumber").tryQuery().isPresent());
        TextField number = robot.lookup("#startChatNumber").queryAs(TextField.class);
        await().atMost(PATIENCE).until(number::isFocused);
        robot.targetWindow(number.getScene().getWindow());
        robot.write("98765432").type(KeyCode.ENTER);

        String error = I18n.forLocale(Locale.forLanguageTag(language)).text("startChat.error.forbidden");
        Label message = robot.lookup("#startChatMessage").queryAs(Label.class);
        await().atMost(PATIENCE).until(() -> error.equals(message.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownText(message)).as("the error is not cut").isEqualTo(error);
        assertThat(message.getHeight()).as("the error takes more than one line").isGreaterThan(
                2 * message.getFont().getSize());
        Node buttons = robot.from(message.getScene().getRoot()).lookup(".button-bar").query();
        Bounds below = buttons.localToScene(buttons.getLayoutBounds());
        assertThat(message.localToScene(message.getLayoutBounds()).getMaxY()).isLessThanOrEqualTo(below.getMinY());
        assertThat(below.getMaxY()).as("the dialog grew: its buttons are still in it")
                .isLessThanOrEqualTo(message.getScene().getHeight());
        List<String> cut = robot.from(message.getScene().getRoot()).lookup((Predicate<Node>) Labeled.class::isInstance)
                .<Labeled>queryAll().stream()
                .filter(Node::isVisible)
                .filter(labeled -> labeled.getText() != null && !labeled.getText().isEmpty())
                .filter(labeled -> !labeled.getText().equals(shownText(labeled)))
                .map(Labeled::getText).toList();
        assertThat(cut).as("no text in the dialog is cut").isEmpty();
        assertThat(number.isFocused()).as("the number stays ready to be fixed").isTrue();
    }

    /** What the label draws: its text, or the part of it that fits with an ellipsis. */
    private static String shownText(Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                .findFirst().orElse("");
    }
}
