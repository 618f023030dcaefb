package com.marketchats.app;

import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.compose.PngFiles;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Headless pictures of the main window for the README, in both themes: the demo cabinet with a chat open
 * and an answer being typed. Written to {@code target/screenshots/}; the best are copied to
 * {@code assets/screenshots/} by hand after looking at them.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path OUTPUT = Path.of("target", "screenshots");

    @TempDir
    Path dataDirectory;
    private AppWindow window;

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            window.stage().hide();
        });
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"light, en", "dark, ru", "light, ru", "dark, en"})
    void theMainWindowWithAChatOpen(String theme, String language, FxRobot robot) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            window = new AppWindow(stage, AppOptions.parse(List.of("--demo", "--theme=" + theme,
                    "--lang=" + language, "--data-dir=" + dataDirectory)), url -> { });
            window.show();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent());
        ListView<ChatListItem> chats = robot.lookup("#chatList").queryListView();
        await().atMost(PATIENCE).until(() -> chats.getItems().size() > 5);
        ChatListItem row = chats.getItems().stream().filter(item -> item.summary().orderId() != null)
                .max(Comparator.comparingInt(this::richness)).orElseThrow();
        DemoWindows.openChat(robot, row.chatId());
        robot.interact(() -> chats.scrollTo(0));
        robot.clickOn("#composeInput").write(language.equals("ru")
                ? "Здравствуйте! Заказ уже передан в доставку, трек-номер пришлём сегодня."
                : "Hello! Your order is on its way; we will send the tracking number today.");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        Path file = OUTPUT.resolve("main-" + theme + "-" + language + ".png");
        robot.interact(() -> save(stage, file));

        assertThat(Files.size(file)).isGreaterThan(20_000);
    }

    /** A chat worth a picture: messages from both sides, with files, not too long to fit. */
    private int richness(ChatListItem row) {
        List<SandboxMessage> history = window.sessions().demoSandbox().orElseThrow().state().history(row.chatId());
        boolean files = history.stream().anyMatch(message -> !message.attachments().isEmpty());
        long senders = history.stream().map(SandboxMessage::sender).distinct().count();
        return history.size() > 7 ? 0 : (files ? 10 : 0) + (int) senders * 3 + history.size();
    }

    private static void save(Stage stage, Path file) {
        WritableImage image = stage.getScene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), width);
        try {
            PngFiles.write(file, width, height, pixels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
