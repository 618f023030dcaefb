package com.marketchats.view.compose;

import atlantafx.base.theme.PrimerLight;
import com.marketchats.i18n.I18n;
import com.marketchats.service.settings.QuickReply;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.ChatQuery;
import com.marketchats.store.ChatSummary;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.testing.TestClock;
import com.marketchats.viewmodel.compose.ComposeViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The compose box in a headless window, on the demo cabinet (view-model work runs on the FX thread). */
@ExtendWith(ApplicationExtension.class)
class ComposePaneTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final AtomicInteger NEXT_CHAT = new AtomicInteger();

    @TempDir
    static Path dataDir;
    private static DemoCabinet cabinet;
    private static List<ChatSummary> chats;

    private final I18n texts = I18n.forLocale(RUSSIAN);
    private ComposeViewModel model;
    private ChatSummary chat;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDir);
        chats = cabinet.inbox().chats(ChatQuery.of(ChatGroup.NEEDS_REPLY)).stream()
                .filter(summary -> summary.orderId() != null).toList();
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chat = chats.get(NEXT_CHAT.getAndIncrement() % chats.size());
        cabinet.inbox().saveDraft(chat.chatId(), "");
        model = new ComposeViewModel(cabinet.inbox(), DemoCabinet.synchronousUi(RUSSIAN, new TestClock()));
        model.setChat(chat);
        ComposePane pane = new ComposePane(model, texts);
        StackPane conversationArea = new StackPane(new BorderPane(null, null, null, pane.root(), null));
        FileDropSupport.install(conversationArea, model, texts);
        stage.setScene(new Scene(conversationArea, 700, 400));
        stage.show();
        pane.focusInput();
    }

    @Test
    void typingUpdatesTheCounter(FxRobot robot) {
        robot.clickOn("#composeInput").write("Hello");

        assertThat(robot.lookup("#composeCounter").queryAs(Label.class).getText()).isEqualTo("5 / 4096");
    }

    @Test
    void enterSendsAndClearsTheBox(FxRobot robot) {
        robot.clickOn("#composeInput").write("Your parcel is on its way");
        robot.type(KeyCode.ENTER);

        assertThat(input(robot).getText()).isEmpty();
        assertThat(cabinet.inbox().outboxItems(chat.chatId()))
                .anyMatch(entry -> "Your parcel is on its way".equals(entry.item().text()));
    }

    @Test
    void shiftEnterAddsALineAndSendsNothing(FxRobot robot) {
        robot.clickOn("#composeInput").write("first");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("second");

        assertThat(input(robot).getText()).isEqualTo("first\nsecond");
        assertThat(cabinet.inbox().outboxItems(chat.chatId())).isEmpty();
    }

    @Test
    void withEnterSendsOffEnterAddsALineAndCtrlEnterSends(FxRobot robot) {
        robot.interact(() -> model.enterSendsProperty().set(false));
        robot.clickOn("#composeInput").write("line one");
        robot.type(KeyCode.ENTER);
        robot.write("line two");

        assertThat(input(robot).getText()).isEqualTo("line one\nline two");
        assertThat(input(robot).getPromptText()).isEqualTo(texts.text("compose.prompt.ctrlEnter"));

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(input(robot).getText()).isEmpty();
        assertThat(cabinet.inbox().outboxItems(chat.chatId()))
                .anyMatch(entry -> "line one\nline two".equals(entry.item().text()));
    }

    @Test
    void sendIsDisabledWithTheReasonWhileTheBoxIsEmpty(FxRobot robot) {
        Button send = robot.lookup("#sendButton").queryButton();
        StackPane holder = robot.lookup("#sendButtonHolder").queryAs(StackPane.class);
        String reason = texts.text("compose.blocked.empty");

        assertThat(send.isDisabled()).isTrue();
        assertThat(robot.lookup("#sendBlockedReason").queryAs(Label.class).getText()).isEqualTo(reason);
        assertThat(holder.getProperties().values()).anyMatch(value ->
                value instanceof Tooltip tooltip && reason.equals(tooltip.getText()));

        robot.clickOn("#composeInput").write("Hi");
        assertThat(send.isDisabled()).isFalse();
    }

    @Test
    void aChosenQuickReplyIsInsertedAtTheCaretWithItsVariablesFilled(FxRobot robot) {
        robot.interact(() -> model.quickReplies().setAll(new QuickReply("Tracking", "order {orderId} shipped")));
        robot.clickOn("#composeInput").write("Hi,  today");
        robot.interact(() -> input(robot).positionCaret(4));

        robot.clickOn("#quickReplies").clickOn("Tracking");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(input(robot).getText()).isEqualTo("Hi, order " + chat.orderId() + " shipped today");
        assertThat(input(robot).getCaretPosition()).isEqualTo(("Hi, order " + chat.orderId() + " shipped").length());
    }

    private static TextArea input(FxRobot robot) {
        return robot.lookup("#composeInput").queryAs(TextArea.class);
    }
}
