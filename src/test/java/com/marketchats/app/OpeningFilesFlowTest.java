package com.marketchats.app;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.sandbox.SandboxAttachment;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Opening what buyers send, on the real window (demo cabinet, Russian) through the app's own
 * AppWindowActions with a stand-in desktop: images in the app's viewer, a message with Copy and Show in
 * folder when the desktop cannot open something, and a question before a file that can run a program.
 */
class OpeningFilesFlowTest extends RecordedDesktopWindow {

    @Test
    void theViewerShowsTheChatsImagesAndStepsWithTheArrows(FxRobot robot) {
        byte[] picture = demoImage();
        openChatWithFiles(robot, List.of("Фото коробки.jpg", "Фото чайника.jpg"), picture);
        // The thumbnail loads in the background and has no size to click until it is loaded; cells can also be
        // rebuilt while the chat settles, so the node is looked up afresh for the click.
        await().atMost(PATIENCE).until(() -> {
            ImageView shown = thumbnail(robot, "Фото коробки.jpg");
            return shown.getImage() != null && shown.getImage().getProgress() >= 1 && shown.getBoundsInLocal().getWidth() > 0;
        });

        robot.clickOn(thumbnail(robot, "Фото коробки.jpg"));
        await().atMost(PATIENCE).until(() -> robot.lookup("#imageViewer").tryQuery().isPresent());
        await().atMost(PATIENCE).until(() -> robot.lookup("#imageViewerImage").queryAs(ImageView.class).getImage() != null);
        assertThat(caption(robot)).contains("Фото коробки.jpg");

        robot.type(KeyCode.RIGHT);
        await().atMost(PATIENCE).until(() -> caption(robot).contains("Фото чайника.jpg"));
        robot.type(KeyCode.LEFT);
        await().atMost(PATIENCE).until(() -> caption(robot).contains("Фото коробки.jpg"));
        robot.type(KeyCode.ESCAPE);
        await().atMost(PATIENCE).until(() -> robot.lookup("#imageViewer").tryQuery().isEmpty());
        assertThat(desktop.asked()).as("images open inside the app").isEmpty();
    }

    @Test
    void whatTheDesktopCannotOpenGetsAMessageWithCopyAndShowInFolder(FxRobot robot) throws Exception {
        openChatWithFiles(robot, List.of("Акт сверки.pdf"), "%PDF-1.4 акт".getBytes(StandardCharsets.UTF_8));
        desktop.failFromNowOn();

        robot.clickOn(robot.from(attachmentRow(robot, "Акт сверки.pdf")).lookup(".openAttachment").<Node>query());
        await().atMost(PATIENCE).until(() -> robot.lookup("#cannotOpenPrompt").tryQuery().isPresent());
        Path file = Path.of(desktop.asked().get(0));
        robot.clickOn("#copyTarget");
        await().atMost(PATIENCE).until(() -> file.toString().equals(RecordingDesktop.clipboard()));

        robot.clickOn(robot.from(attachmentRow(robot, "Акт сверки.pdf")).lookup(".openAttachment").<Node>query());
        await().atMost(PATIENCE).until(() -> robot.lookup("#showInFolder").tryQuery().isPresent());
        robot.clickOn("#showInFolder");
        await().atMost(PATIENCE).until(() -> desktop.asked().contains(file.getParent().toUri()));

        robot.clickOn("#cabinetLink");
        await().atMost(PATIENCE).until(() -> robot.lookup("#cannotOpenPrompt").tryQuery().isPresent());
        assertThat(robot.lookup("#showInFolder").tryQuery()).as("a link has no folder").isEmpty();
        robot.clickOn("#copyTarget");
        await().atMost(PATIENCE).until(() -> RecordingDesktop.clipboard().startsWith("https://partner.market.yandex.ru/"));
    }

    @Test
    void aFileThatCanRunAProgramAsksFirstAndNamesItsRealExtension(FxRobot robot) {
        openChatWithFiles(robot, List.of("invoice\u202Efdp.exe"), "MZ not really a program".getBytes(StandardCharsets.US_ASCII));

        robot.clickOn(robot.from(attachmentRow(robot, "invoice")).lookup(".openAttachment").<Node>query());
        await().atMost(PATIENCE).until(() -> robot.lookup("#runnablePrompt").tryQuery().isPresent());
        assertThat(robot.lookup("#runnablePrompt .content").queryAs(Label.class).getText()).contains(".exe");
        assertThat(desktop.asked()).as("nothing runs before the seller agrees").isEmpty();

        robot.clickOn("#openAnyway");
        await().atMost(PATIENCE).until(() -> desktop.asked().size() == 1);
        assertThat(desktop.asked().get(0).getPath()).endsWith(".exe");
    }

    /** A buyer sends these files into a chat with an order; the chat is opened and shows them. */
    private void openChatWithFiles(FxRobot robot, List<String> names, byte[] content) {
        ChatListItem row = orderChat(robot);
        SandboxState state = sandbox().state();
        for (String name : names) {
            SandboxAttachment file = state.files().store(name, "application/octet-stream", content).asAttachment();
            state.seedMessage(row.chatId(), state.now(), MessageSender.CUSTOMER, "", List.of(file));
        }
        DemoWindows.openChat(robot, row.chatId());
        String last = names.get(names.size() - 1).substring(0, 7);
        refreshUntil(robot, () -> robot.lookup(".attachment-name")
                .match(label -> ((Label) label).getText().startsWith(last)).tryQuery().isPresent());
    }

    private static Node attachmentRow(FxRobot robot, String namePrefix) {
        return robot.lookup(".attachment").match(row -> robot.from(row).lookup(".attachment-name")
                .match(label -> ((Label) label).getText().startsWith(namePrefix)).tryQuery().isPresent()).query();
    }

    private static ImageView thumbnail(FxRobot robot, String namePrefix) {
        return robot.from(attachmentRow(robot, namePrefix)).lookup(".thumbnail").queryAs(ImageView.class);
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#imageViewerCaption").queryAs(Label.class).getText();
    }

    /** The bytes of one of the demo's pictures. */
    private byte[] demoImage() {
        SandboxState state = sandbox().state();
        return state.chats(sandbox().demoBusinessId()).stream()
                .flatMap(chat -> state.history(chat.chatId()).stream())
                .flatMap(message -> message.attachments().stream())
                .filter(file -> file.name().endsWith(".jpg"))
                .map(file -> state.files().find(file.fileId()).orElseThrow().bytes())
                .findFirst().orElseThrow();
    }
}
