package com.marketchats.app;

import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.compose.PngFiles;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * and an answer being typed, and the send sheet. Written to {@code target/screenshots/}; the best are copied to
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
        Stage stage = openRichChat(theme, language, robot);
        robot.clickOn("#composeInput").write(language.equals("ru")
                ? "Здравствуйте! Заказ уже передан в доставку, трек-номер пришлём сегодня."
                : "Hello! Your order is on its way; we will send the tracking number today.");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        Path file = OUTPUT.resolve("main-" + theme + "-" + language + ".png");
        robot.interact(() -> save(stage, file));

        assertThat(Files.size(file)).isGreaterThan(20_000);
    }

    /** The send sheet with two pasted-in photos and a file over 5 MB, as the seller checks them before Send. */
    @Test
    void theSendSheetWithTwoImagesAndARefusedFile(FxRobot robot) throws Exception {
        Stage stage = openRichChat("light", "en", robot);
        Path box = photo("parcel-box.png", 0.08);
        Path label = photo("shipping-label.png", 0.58);
        Path statement = Files.write(dataDirectory.resolve("bank-statement.pdf"), new byte[6_400_000]);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(box.toFile(), label.toFile(), statement.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#composeInput").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> robot.lookup("#sendSheet .sheet-file-refused").tryQuery().isPresent());
        robot.clickOn("#sheetComment").write("Photos of your parcel before it left");
        await().atMost(PATIENCE).until(() -> robot.lookup("#sendSheet .image-view").queryAll().stream()
                .allMatch(view -> ((ImageView) view).getImage() != null && ((ImageView) view).getImage().getProgress() >= 1));
        WaitForAsyncUtils.waitForFxEvents();

        Path file = OUTPUT.resolve("send-sheet-light-en.png");
        robot.interact(() -> save(stage, file));

        assertThat(robot.lookup("#sendSheet .image-view").queryAll()).hasSize(2);
        assertThat(Files.size(file)).isGreaterThan(20_000);
    }

    private Stage openRichChat(String theme, String language, FxRobot robot) throws Exception {
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
        await().atMost(PATIENCE).until(() -> {
            robot.interact(() -> chats.getItems().stream().filter(item -> item.chatId() == row.chatId())
                    .findFirst().ifPresent(chats::scrollTo));
            // the list may reorder between finding the cell and the click: click until the row is selected
            robot.lookup("#chatList .list-cell").match(cell -> shows(cell, row)).tryQuery().ifPresent(robot::clickOn);
            ChatListItem selected = chats.getSelectionModel().getSelectedItem();
            return selected != null && selected.chatId() == row.chatId();
        });
        await().atMost(PATIENCE).until(() -> !robot.lookup("#messageList").queryListView().getItems().isEmpty());
        robot.interact(() -> chats.scrollTo(0));
        return stage;
    }

    /** A made-up photo: a soft diagonal gradient of one hue with a lighter square, like a parcel on a table. */
    private Path photo(String name, double hue) throws IOException {
        int width = 480;
        int height = 320;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean parcel = x > 150 && x < 330 && y > 80 && y < 240;
                float brightness = parcel ? 0.95f : 0.45f + 0.4f * (x + y) / (width + height);
                pixels[y * width + x] = java.awt.Color.HSBtoRGB((float) hue, parcel ? 0.35f : 0.6f, brightness);
            }
        }
        Path file = dataDirectory.resolve(name);
        PngFiles.write(file, width, height, pixels);
        return file;
    }

    /** A chat worth a picture: messages from both sides, with files, not too long to fit. */
    private int richness(ChatListItem row) {
        List<SandboxMessage> history = window.sessions().demoSandbox().orElseThrow().state().history(row.chatId());
        boolean files = history.stream().anyMatch(message -> !message.attachments().isEmpty());
        long senders = history.stream().map(SandboxMessage::sender).distinct().count();
        return history.size() > 7 ? 0 : (files ? 10 : 0) + (int) senders * 3 + history.size();
    }

    private static boolean shows(Object cell, ChatListItem row) {
        return ((ListCell<?>) cell).getItem() instanceof ChatListItem shown && shown.chatId() == row.chatId();
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
