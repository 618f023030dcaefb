package com.marketchats.app;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
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

/** What tells the app apart on the desktop: the window's icons, and the About dialog with the build's version. */
@ExtendWith(ApplicationExtension.class)
class WindowIdentityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = DemoWindows.show(stage, dataDirectory, "en");
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void theWindowCarriesTheIconInEverySize() {
        assertThat(window.stage().getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void aboutShowsTheVersionFromThePomAndTheDataFolder(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#appMenu").tryQuery().isPresent());
        robot.clickOn("#appMenu");
        robot.clickOn("About Market Chats");

        await().atMost(PATIENCE).until(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());
        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText())
                .matches("Version \\d+\\.\\d+\\.\\d+\\S* \\((\\p{XDigit}{7,}(-modified)?|unknown)\\)").doesNotContain("${");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text != null && text.contains(dataDirectory.toString()));
    }

    @Test
    void aboutGivesTheDiagnosticsToCopyWithoutKeysOrMessages(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#appMenu").tryQuery().isPresent());
        robot.clickOn("#appMenu");
        robot.clickOn("About Market Chats");
        await().atMost(PATIENCE).until(() -> robot.lookup("#copyDiagnostics").tryQuery().isPresent());

        robot.clickOn("#copyDiagnostics");

        String copied = WaitForAsyncUtils.waitForAsyncFx(PATIENCE.toMillis(), () -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains("Market Chats: ").contains("Java: " + System.getProperty("java.runtime.version"))
                .contains("JavaFX: 21").contains("System: " + System.getProperty("os.name"))
                .contains("Data folder: " + dataDirectory).contains("Log: " + dataDirectory.resolve("logs"))
                .doesNotContain(sandboxKey()).doesNotContain("Api-Key");
        assertThat(robot.lookup("#openLogFolder").tryQuery()).isPresent();
    }

    private String sandboxKey() {
        return window.sessions().demoSandbox().orElseThrow().demoApiKey();
    }
}
