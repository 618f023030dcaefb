package com.marketchats.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An exception nobody caught, on the FX thread or on a background thread, while the real window runs:
 * it lands in a banner with its details to copy and the log folder to open, and the window goes on.
 * Awaitility is told to leave uncaught exceptions alone: by default it takes them over while it waits.
 */
@ExtendWith(ApplicationExtension.class)
class CrashBannerTest {

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
    void aFailureOnTheFxThreadShowsABannerWithItsDetailsAndTheLogFolder(FxRobot robot) {
        await().dontCatchUncaughtExceptions().atMost(PATIENCE).until(() -> window.main() != null);

        Platform.runLater(() -> {
            throw new IllegalStateException("a handler broke");
        });

        HBox banner = awaitBanner(robot, "IllegalStateException: a handler broke");
        assertThat(text(banner)).startsWith("Something went wrong: IllegalStateException: a handler broke.");
        robot.clickOn(button(banner, "Copy details"));
        String copied = clipboard();
        assertThat(copied).contains("Thread: JavaFX Application Thread").contains("IllegalStateException: a handler broke")
                .contains("at ");
        assertThat(button(banner, "Open log folder")).isNotNull();
        assertThat(window.stage().isShowing()).as("the window goes on").isTrue();
    }

    @Test
    void aBackgroundThreadThatDiesIsReportedNotSilentlyGone(FxRobot robot) {
        await().dontCatchUncaughtExceptions().atMost(PATIENCE).until(() -> window.main() != null);

        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("a service stopped");
        }, "test-service");
        worker.start();

        HBox banner = awaitBanner(robot, "IllegalArgumentException: a service stopped");
        robot.clickOn(banner.getChildren().get(banner.getChildren().size() - 1));
        await().dontCatchUncaughtExceptions().atMost(PATIENCE).until(() -> banners(robot).isEmpty());
    }

    private static HBox awaitBanner(FxRobot robot, String summary) {
        await().dontCatchUncaughtExceptions().atMost(PATIENCE).until(() -> find(robot, summary).isPresent());
        return find(robot, summary).orElseThrow();
    }

    private static Optional<HBox> find(FxRobot robot, String summary) {
        return banners(robot).stream().filter(banner -> text(banner).contains(summary)).findFirst();
    }

    private static List<HBox> banners(FxRobot robot) {
        VBox box = robot.lookup("#noticeBanners").queryAs(VBox.class);
        return WaitForAsyncUtils.waitForAsyncFx(PATIENCE.toMillis(),
                () -> box.getChildren().stream().map(HBox.class::cast).toList());
    }

    private static String text(HBox banner) {
        return ((Label) banner.getChildren().get(0)).getText();
    }

    private static Node button(HBox banner, String label) {
        return banner.getChildren().stream().filter(node -> node instanceof Button b && label.equals(b.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    }

    private static String clipboard() {
        return WaitForAsyncUtils.waitForAsyncFx(PATIENCE.toMillis(), () -> Clipboard.getSystemClipboard().getString());
    }
}
