package com.marketchats.app;

import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.settings.Theme;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.conversation.ConversationItem;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new language rebuilds the real window's content and a new theme restyles it; either way the seller
 * keeps the cabinet, the open chat, where its messages were scrolled to, the list's search and the text
 * being typed.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenKeptAcrossSettingsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String DRAFT = "Посылку отправим завтра, номер трека пришлю";

    @TempDir
    Path dataDirectory;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = DemoWindows.show(stage, dataDirectory, "ru");
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void aNewLanguageAndThenANewThemeKeepEverythingOnScreen(FxRobot robot) {
        SandboxChat chat = aLongOrderChat(robot);
        String search = String.valueOf(chat.context().orderId());
        DemoWindows.openChat(robot, chat.chatId());
        int all = chatList(robot).getItems().size();
        robot.clickOn("#chatSearch").write(search);
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() < all);
        // What a turn of the mouse wheel does (headless Monocle's robot has no wheel): move the messages by pixels.
        robot.interact(() -> messageFlow(robot).scrollPixels(-330));
        await().atMost(PATIENCE).until(() -> robot.lookup("#jumpToBottom").query().isVisible());
        robot.clickOn("#composeInput").write(DRAFT);
        WaitForAsyncUtils.waitForFxEvents();
        Place scrolled = firstMessageInSight(robot).orElseThrow();
        String cabinet = window.main().activeProperty().get().account().id();

        robot.interact(() -> window.settingsSaved(window.main().settingsProperty().get().withLanguage("en")));

        await().atMost(PATIENCE).until(() -> robot.lookup("#chatSearch").queryAs(TextField.class).getPromptText()
                .startsWith("Search"));
        assertKept(robot, cabinet, chat.chatId(), search, scrolled);

        robot.interact(() -> window.settingsSaved(window.main().settingsProperty().get().withTheme(Theme.DARK)));

        assertKept(robot, cabinet, chat.chatId(), search, scrolled);
    }

    private void assertKept(FxRobot robot, String cabinet, long chatId, String search, Place scrolled) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(window.main().activeProperty().get().account().id()).isEqualTo(cabinet);
            assertThat(selected(robot)).isEqualTo(chatId);
            assertThat(robot.lookup("#chatSearch").queryAs(TextField.class).getText()).isEqualTo(search);
            assertThat(robot.lookup("#composeInput").queryTextInputControl().getText()).isEqualTo(DRAFT);
            Place now = firstMessageInSight(robot).orElseThrow(() -> new AssertionError("at the newest message"));
            assertThat(now.messageId()).isEqualTo(scrolled.messageId());
            assertThat(now.top()).isCloseTo(scrolled.top(), org.assertj.core.data.Offset.offset(2.0));
        });
    }

    /** An order chat with more messages than the window shows, so that its messages can be scrolled. */
    private SandboxChat aLongOrderChat(FxRobot robot) {
        SandboxServer sandbox = DemoWindows.sandbox(window);
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() > 3);
        SandboxChat chat = sandbox.state().chats(sandbox.demoBusinessId()).stream()
                .filter(candidate -> candidate.context() != null && candidate.context().orderId() != null)
                .findFirst().orElseThrow();
        for (int line = 1; line <= 30; line++) {
            sandbox.state().addBuyerMessage(chat.chatId(), "Вопрос номер " + line + " про заказ");
        }
        return chat;
    }

    private record Place(long messageId, double top) {
    }

    /** The first whole-or-part message bubble in sight and where its top is; empty at the newest message. */
    private static Optional<Place> firstMessageInSight(FxRobot robot) {
        if (!robot.lookup("#jumpToBottom").query().isVisible()) {
            return Optional.empty();
        }
        VirtualFlow<IndexedCell<ConversationItem>> flow = messageFlow(robot);
        for (int index = flow.getFirstVisibleCell().getIndex(); index <= flow.getLastVisibleCell().getIndex(); index++) {
            IndexedCell<ConversationItem> cell = flow.getVisibleCell(index);
            if (cell != null && cell.getItem() instanceof MessageBubble bubble) {
                return Optional.of(new Place(bubble.messageId(), cell.getLayoutY()));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static VirtualFlow<IndexedCell<ConversationItem>> messageFlow(FxRobot robot) {
        return (VirtualFlow<IndexedCell<ConversationItem>>) robot.lookup("#messageList .virtual-flow").query();
    }

    private static long selected(FxRobot robot) {
        ChatListItem item = chatList(robot).getSelectionModel().getSelectedItem();
        return item == null ? -1 : item.chatId();
    }

    private static ListView<ChatListItem> chatList(FxRobot robot) {
        return robot.lookup("#chatList").<ListView<ChatListItem>>tryQuery().orElseGet(ListView::new);
    }
}
