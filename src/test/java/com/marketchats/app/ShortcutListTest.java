package com.marketchats.app;

import com.marketchats.view.window.ShortcutCatalog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** F1 and Ctrl+/ open the list of shortcuts in the window's language, and it names every accelerator the window has. */
@ExtendWith(ApplicationExtension.class)
class ShortcutListTest {

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
            List.copyOf(Window.getWindows()).stream().filter(other -> other != stage).forEach(Window::hide);
            window.close();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void f1AndCtrlSlashListEveryShortcutOfTheWindow(String language, FxRobot robot) {
        robot.interact(() -> window = DemoWindows.show(stage, dataDirectory, language));
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent());

        robot.press(KeyCode.F1).release(KeyCode.F1);
        await().atMost(PATIENCE).until(() -> robot.lookup("#shortcutList").tryQuery().isPresent());
        Set<String> shown = robot.lookup("#shortcutList .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        String listedKeys = ShortcutCatalog.entries().stream().map(ShortcutCatalog.Entry::keys)
                .collect(Collectors.joining(" / "));

        for (KeyCombination accelerator : stage.getScene().getAccelerators().keySet()) {
            assertThat(listedKeys).as("the list names %s", accelerator).contains(accelerator.getDisplayText());
        }
        assertThat(shown).containsAll(ShortcutCatalog.entries().stream().map(ShortcutCatalog.Entry::keys).toList());
        assertThat(shown).contains("ru".equals(language) ? "Следующий чат, где нужен ваш ответ" : "Next chat that needs a reply");

        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(other -> other != stage).forEach(Window::hide));
        await().atMost(PATIENCE).until(() -> robot.lookup("#shortcutList").tryQuery().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> robot.lookup("#shortcutList").tryQuery().isPresent());
    }
}
