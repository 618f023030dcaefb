package com.marketchats.app;

import com.marketchats.sandbox.SandboxAttachment;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.inbox.ChatInbox;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.compose.SheetFile;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The send sheet in the real window on the demo cabinet, fed by the real clipboard: a pasted image or
 * copied files open the sheet, nothing reaches the outbox until Send, Esc drops it all. (A drop of OS
 * files cannot be made headless: TestFX cannot fill a {@code Dragboard}, so the drop handlers only hand
 * the files to the sheet's model, whose path {@code SendSheetViewModelTest} covers.)
 */
@ExtendWith(ApplicationExtension.class)
class SendSheetWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;
    @TempDir
    Path files;
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
    void aPastedImageWaitsInTheSheetAndGoesWithItsTextOnEnter(FxRobot robot) {
        ChatListItem chat = openChat(robot, 2);
        WritableImage image = new WritableImage(40, 30);
        robot.interact(() -> {
            for (int x = 0; x < 40; x++) {
                for (int y = 0; y < 30; y++) {
                    image.getPixelWriter().setColor(x, y, Color.hsb(x * 9, 0.8, 0.9));
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn("#composeInput").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        await().atMost(PATIENCE).until(() -> sheetShown(robot) && sheetFiles().size() == 1);
        assertThat(sheetFiles().get(0).name()).startsWith("Image ").endsWith(".png");
        assertThat(robot.lookup("#sheetTitle").queryAs(Label.class).getText()).isEqualTo("Send 1 file");
        assertThat(inbox().outboxItems(chat.chatId())).as("nothing queued before Send").isEmpty();

        robot.clickOn("#sheetComment").write("Here is the label");
        assertThat(inbox().outboxItems(chat.chatId())).isEmpty();
        robot.type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> !sheetShown(robot));
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> sent = sent(chat);
            assertThat(sent.get(sent.size() - 2)).startsWith("Image ").endsWith(".png");
            assertThat(sent.get(sent.size() - 1)).isEqualTo("Here is the label");
        });
    }

    @Test
    void copiedFilesAreListedWithRefusalsKeptAcrossChatsAndEscSendsNothing(FxRobot robot) throws IOException {
        ChatListItem first = openChat(robot, 1);
        Path invoice = Files.write(files.resolve("invoice.pdf"), new byte[3_000]);
        Path folder = Files.createDirectory(files.resolve("Photos"));
        Path photo = Files.write(files.resolve("photo.jpg"), new byte[100]);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(invoice.toFile(), folder.toFile(), photo.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        int sentBefore = sandbox().state().history(first.chatId()).size();

        robot.clickOn("#composeInput").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        await().atMost(PATIENCE).until(() -> sheetShown(robot) && sheetFiles().size() == 3);
        assertThat(sheetFiles()).extracting(SheetFile::refusal)
                .containsExactly("", "\u201cPhotos\u201d is a folder, not a file. Choose a file.", "");
        robot.clickOn(robot.lookup(".sheet-remove").nth(2).queryButton());
        await().atMost(PATIENCE).until(() -> sheetFiles().size() == 2);

        openChat(robot, 3);
        await().atMost(PATIENCE).until(() -> !sheetShown(robot));
        openChat(robot, first.chatId());
        await().atMost(PATIENCE).until(() -> sheetShown(robot));
        assertThat(sheetFiles()).extracting(SheetFile::name).containsExactly("invoice.pdf", "Photos");

        robot.clickOn("#sheetComment").type(KeyCode.ESCAPE);

        await().atMost(PATIENCE).until(() -> !sheetShown(robot));
        assertThat(inbox().outboxItems(first.chatId())).isEmpty();
        assertThat(sandbox().state().history(first.chatId())).hasSize(sentBefore);
    }

    private ChatListItem openChat(FxRobot robot, int index) {
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() > 3);
        return openChat(robot, chatList(robot).getItems().get(index).chatId());
    }

    /** Clicks the chat's row until it is the selected one (the list may reorder while the first sync settles). */
    private ChatListItem openChat(FxRobot robot, long chatId) {
        await().atMost(PATIENCE).until(() -> {
            robot.interact(() -> chatList(robot).getItems().stream().filter(item -> item.chatId() == chatId)
                    .findFirst().ifPresent(item -> chatList(robot).scrollTo(item)));
            robot.lookup("#chatList .list-cell").match(node -> ((ListCell<?>) node).getItem()
                    instanceof ChatListItem shown && shown.chatId() == chatId).tryQuery().ifPresent(robot::clickOn);
            ChatListItem selected = chatList(robot).getSelectionModel().getSelectedItem();
            return selected != null && selected.chatId() == chatId;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return chatList(robot).getSelectionModel().getSelectedItem();
    }

    private static boolean sheetShown(FxRobot robot) {
        return robot.lookup("#sendSheet").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#sendSheet").query().getParent().isVisible();
    }

    private List<SheetFile> sheetFiles() {
        return List.copyOf(window.main().activeModelsProperty().get().compose().sheet().files());
    }

    /** The chat's messages on the buyer's side: each one's text, or its first file's name. */
    private List<String> sent(ChatListItem chat) {
        return sandbox().state().history(chat.chatId()).stream()
                .map(message -> message.attachments().isEmpty() ? message.text()
                        : message.attachments().stream().map(SandboxAttachment::name).findFirst().orElseThrow())
                .toList();
    }

    private ChatInbox inbox() {
        return window.sessions().open(CabinetSessions.demoAccount());
    }

    private SandboxServer sandbox() {
        await().atMost(PATIENCE).until(() -> window.sessions().demoSandbox().isPresent());
        return window.sessions().demoSandbox().orElseThrow();
    }

    private static ListView<ChatListItem> chatList(FxRobot robot) {
        return robot.lookup("#chatList").<ListView<ChatListItem>>tryQuery().orElseGet(ListView::new);
    }
}
