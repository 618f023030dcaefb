package com.marketchats.app;

import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.compose.PngFiles;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
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

    @ParameterizedTest(name = "{0}, {1}, {2}×{3}")
    @CsvSource({"light, ru, 1024, 700", "dark, ru, 1024, 700", "light, en, 1920, 1080", "dark, en, 1366, 768"})
    void theMainWindowWithAChatOpen(String theme, String language, int width, int height, FxRobot robot) throws Exception {
        Stage stage = openRichChat(robot, theme, language);
        DemoWindows.resize(robot, stage, width, height);
        robot.clickOn("#composeInput").write(language.equals("ru")
                ? "Здравствуйте! Заказ уже передан в доставку, трек-номер пришлём сегодня."
                : "Hello! Your order is on its way; we will send the tracking number today.");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        Path file = OUTPUT.resolve("main-" + theme + "-" + language + "-" + width + ".png");
        robot.interact(() -> save(stage.getScene().snapshot(null), file));

        assertThat(Files.size(file)).isGreaterThan(20_000);
    }

    /** The send sheet with two pasted-in photos and a file over 5 MB, as the seller checks them before Send. */
    @Test
    void theSendSheetWithTwoImagesAndARefusedFile(FxRobot robot) throws Exception {
        Stage stage = openRichChat(robot, "light", "en");
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
        robot.interact(() -> save(stage.getScene().snapshot(null), file));

        assertThat(robot.lookup("#sendSheet .image-view").queryAll()).hasSize(2);
        assertThat(Files.size(file)).isGreaterThan(20_000);
    }

    /** The README's picture of selecting text in a message and its menu: dark theme, Russian. */
    @Test
    void aConversationWithSelectedTextAndItsMenu(FxRobot robot) throws Exception {
        Stage stage = openRichChat(robot, "dark", "ru");
        Node text = robot.lookup(".bubble.buyer .bubble-text").query();
        Bounds line = text.localToScreen(text.getBoundsInLocal());
        robot.drag(new Point2D(line.getMinX() + 1, line.getMinY() + 8), MouseButton.PRIMARY)
                .dropTo(new Point2D(line.getMinX() + line.getWidth() * 0.6, line.getMinY() + 8));
        robot.rightClickOn(text);
        await().atMost(PATIENCE).until(() -> robot.lookup("Копировать переписку").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Path file = OUTPUT.resolve("conversation-selection-dark-ru.png");
        robot.interact(() -> save(withMenus(stage), file));

        assertThat(Files.size(file)).isGreaterThan(20_000);
    }

    /** The real window on the demo cabinet with the chat that makes the best picture open. */
    private Stage openRichChat(FxRobot robot, String theme, String language) throws Exception {
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

    /** The window with its open context menus drawn over it (a menu is a window of its own). */
    private static WritableImage withMenus(Stage stage) {
        WritableImage image = stage.getScene().snapshot(null);
        for (Window popup : Window.getWindows()) {
            if (popup instanceof ContextMenu && popup.isShowing()) {
                // the menu's root, not its scene: a scene's snapshot paints the see-through shadow area white
                Parent root = popup.getScene().getRoot();
                SnapshotParameters clear = new SnapshotParameters();
                clear.setFill(Color.TRANSPARENT);
                WritableImage menu = root.snapshot(clear, null);
                Bounds drawn = root.getBoundsInParent();
                int left = (int) (popup.getX() + popup.getScene().getX() + drawn.getMinX()
                        - stage.getX() - stage.getScene().getX());
                int top = (int) (popup.getY() + popup.getScene().getY() + drawn.getMinY()
                        - stage.getY() - stage.getScene().getY());
                drawOver(image, menu, left, top);
            }
        }
        return image;
    }

    /** Blends {@code over} (with its shadow's transparency) onto {@code image} at (left, top). */
    private static void drawOver(WritableImage image, WritableImage over, int left, int top) {
        for (int y = 0; y < over.getHeight(); y++) {
            for (int x = 0; x < over.getWidth(); x++) {
                int tx = left + x;
                int ty = top + y;
                if (tx >= 0 && ty >= 0 && tx < image.getWidth() && ty < image.getHeight()) {
                    Color pixel = over.getPixelReader().getColor(x, y);
                    Color opaque = new Color(pixel.getRed(), pixel.getGreen(), pixel.getBlue(), 1);
                    Color under = image.getPixelReader().getColor(tx, ty);
                    image.getPixelWriter().setColor(tx, ty, under.interpolate(opaque, pixel.getOpacity()));
                }
            }
        }
    }

    private static void save(WritableImage image, Path file) {
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
