package com.marketchats.app;

import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.conversation.ConversationItem;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.PendingBubble;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole window as a seller meets it, headless, on the demo cabinet: the same {@link AppWindow} the
 * app shows, with its services, the sandbox on loopback and a temporary data folder.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

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
    void theListShowsTheSandboxChatsUnderTheDemoBanner(FxRobot robot) {
        int sandboxChats = sandbox().state().chats(sandbox().demoBusinessId()).size();

        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() == sandboxChats);

        assertThat(robot.lookup("#demoBanner").queryAs(Label.class).getText()).startsWith("Демо-режим");
        assertThat(window.stage().getTitle()).contains("Демо-кабинет");
        assertThat(chatList(robot).getItems().get(0).needsReply()).as("chats that need a reply come first").isTrue();
    }

    @Test
    void selectingAChatShowsItsHistory(FxRobot robot) {
        ChatListItem row = openThirdChat(robot);
        List<SandboxMessage> history = sandbox().state().history(row.chatId());
        String newest = history.get(history.size() - 1).text();

        await().atMost(PATIENCE).until(() -> bubbleTexts(robot).contains(newest));
        assertThat(robot.lookup("#conversationHeaderTitle").queryAs(Label.class).getText()).isEqualTo(row.title());
    }

    @Test
    void enterSendsAndTheMessageGoesFromQueuedToSentAndShowsOnce(FxRobot robot) {
        ChatListItem row = openThirdChat(robot);
        sandbox().faults().update(plan -> plan.withFixedDelay(Duration.ofMillis(700)));
        String text = "Здравствуйте! Отправим сегодня до 18:00.";

        robot.clickOn("#composeInput").write(text).type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> pendingTexts(robot).contains(text));
        sandbox().faults().clear();
        await().atMost(PATIENCE).until(() -> bubbleTexts(robot).contains(text) && !pendingTexts(robot).contains(text));
        assertThat(bubbleTexts(robot).stream().filter(text::equals)).as("shown once").hasSize(1);
        assertThat(sandbox().state().history(row.chatId()).stream().filter(m -> text.equals(m.text())))
                .as("sent once").hasSize(1);
        assertThat(robot.lookup("#composeInput").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void aFailedSendShowsTheReasonAndRetrySendsIt(FxRobot robot) {
        ChatListItem row = openThirdChat(robot);
        sandbox().faults().refuseWrites(true);
        String text = "Проверим и вернёмся с ответом.";

        robot.clickOn("#composeInput").write(text).type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> failedBubble(robot, text) != null);
        assertThat(failedBubble(robot, text).failureText()).isNotBlank();
        await().atMost(PATIENCE).until(() -> robot.lookup(".retryButton").tryQuery().isPresent());
        sandbox().faults().refuseWrites(false);
        robot.clickOn(".retryButton");

        await().atMost(PATIENCE).until(() -> bubbleTexts(robot).contains(text) && !pendingTexts(robot).contains(text));
        assertThat(sandbox().state().history(row.chatId()).stream().filter(m -> text.equals(m.text()))).hasSize(1);
    }

    @Test
    void aFilterAndASearchNarrowTheList(FxRobot robot) {
        int all = sandbox().state().chats(sandbox().demoBusinessId()).size();
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() == all);

        robot.clickOn("#groupFilter-DISPUTES");
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() < all);
        assertThat(chatList(robot).getItems()).allMatch(ChatListItem::dispute);

        robot.clickOn("#groupFilter-ALL");
        SandboxChat ordered = sandbox().state().chats(sandbox().demoBusinessId()).stream()
                .filter(chat -> chat.context() != null && chat.context().orderId() != null).findFirst().orElseThrow();
        robot.clickOn("#chatSearch").write(String.valueOf(ordered.context().orderId()));
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() == 1);
        assertThat(chatList(robot).getItems().get(0).chatId()).isEqualTo(ordered.chatId());
    }

    @Test
    void switchingTheLanguageChangesTheVisibleText(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> !chatList(robot).getItems().isEmpty());
        assertThat(robot.lookup("#chatSearch").queryAs(TextField.class).getPromptText()).startsWith("Поиск");

        robot.interact(() -> window.settingsSaved(window.main().settingsProperty().get().withLanguage("en")));

        await().atMost(PATIENCE).until(() -> !chatList(robot).getItems().isEmpty());
        assertThat(robot.lookup("#chatSearch").queryAs(TextField.class).getPromptText()).startsWith("Search");
        assertThat(robot.lookup("#demoBanner").queryAs(Label.class).getText()).startsWith("Demo mode");
        assertThat(robot.lookup("#sendButton").queryAs(Button.class).getText()).isEqualTo("Send");
    }

    @Test
    void theKeyboardReachesSearchChatsAndTheComposeBox(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() > 3);

        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> selected(robot) != null);
        ChatListItem first = selected(robot);
        assertThat(first.needsReply()).isTrue();

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        await().atMost(PATIENCE).until(() -> selected(robot) != null && selected(robot).chatId() != first.chatId());

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> robot.lookup("#composeInput").query().isFocused());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatSearch").query().isFocused());
    }

    @Test
    void everyControlHasANameAScreenReaderCanSay(FxRobot robot) {
        openThirdChat(robot);

        List<String> unnamed = robot.from(window.stage().getScene().getRoot())
                .lookup((Predicate<Node>) node -> node instanceof Control && node.isVisible())
                .<Control>queryAll().stream()
                .filter(control -> control instanceof ButtonBase || control instanceof TextInputControl
                        || control instanceof ComboBoxBase || control instanceof ListView)
                // a combo box's own popup list is named by the combo box
                .filter(control -> !(control.getParent() instanceof ComboBoxBase))
                .filter(control -> blank(control.getAccessibleText()) && blank(textOf(control)))
                .map(control -> control.getClass().getSimpleName() + "#" + control.getId())
                .toList();

        assertThat(unnamed).isEmpty();
    }

    private static String textOf(Control control) {
        if (control instanceof Labeled labeled) {
            return labeled.getText();
        }
        return control instanceof TextInputControl input ? input.getPromptText() : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ChatListItem selected(FxRobot robot) {
        return chatList(robot).getSelectionModel().getSelectedItem();
    }

    private ChatListItem openThirdChat(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> chatList(robot).getItems().size() > 3);
        ChatListItem row = chatList(robot).getItems().get(2);
        DemoWindows.openChat(robot, row.chatId());
        return row;
    }

    private SandboxServer sandbox() {
        return DemoWindows.sandbox(window);
    }

    /** The chat list; an empty one while the cabinet is still opening (the panes are not built yet). */
    private static ListView<ChatListItem> chatList(FxRobot robot) {
        return robot.lookup("#chatList").<ListView<ChatListItem>>tryQuery().orElseGet(ListView::new);
    }

    private static ListView<ConversationItem> messageList(FxRobot robot) {
        return robot.lookup("#messageList").queryListView();
    }

    private static List<String> bubbleTexts(FxRobot robot) {
        return List.copyOf(messageList(robot).getItems()).stream().filter(MessageBubble.class::isInstance)
                .map(item -> ((MessageBubble) item).text()).toList();
    }

    private static List<String> pendingTexts(FxRobot robot) {
        return List.copyOf(messageList(robot).getItems()).stream().filter(PendingBubble.class::isInstance)
                .map(item -> ((PendingBubble) item).text()).toList();
    }

    private static PendingBubble failedBubble(FxRobot robot, String text) {
        return List.copyOf(messageList(robot).getItems()).stream().filter(PendingBubble.class::isInstance)
                .map(PendingBubble.class::cast)
                .filter(item -> text.equals(item.text()) && item.phase() == ConversationItem.PendingPhase.FAILED)
                .findFirst().orElse(null);
    }
}
