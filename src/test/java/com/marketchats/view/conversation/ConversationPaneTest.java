package com.marketchats.view.conversation;

import atlantafx.base.theme.PrimerLight;
import com.marketchats.api.dto.MessageSender;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxChat;
import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.sandbox.SandboxState;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.conversation.ConversationItem;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The conversation pane on the demo cabinet, headless. */
@ExtendWith(ApplicationExtension.class)
class ConversationPaneTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    static Path dataFolder;
    private static DemoCabinet cabinet;

    private ConversationViewModel model;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataFolder.resolve("cabinet"));
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n russian = I18n.forLocale(Locale.forLanguageTag("ru"));
        model = new ConversationViewModel(cabinet.inbox(), cabinet.fxUi(Locale.forLanguageTag("ru")));
        model.start();
        ConversationPane pane = new ConversationPane(model, russian, link -> { });
        stage.setScene(new Scene(pane.root(), 900, 640));
        stage.show();
    }

    @AfterEach
    void disposeModel(FxRobot robot) {
        robot.interact(model::dispose);
    }

    @Test
    void openingAChatShowsBubblesOnBothSidesAndTheOrderInTheHeader(FxRobot robot) {
        SandboxChat chat = chatWhere(c -> c.context() != null && c.context().orderId() != null,
                history -> history.size() <= 6 && senders(history).containsAll(
                        Set.of(MessageSender.CUSTOMER, MessageSender.PARTNER)));

        open(robot, chat);

        assertThat(robot.lookup(".bubble.seller").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".bubble.buyer").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#conversationSubject").queryAs(Label.class).getText())
                .contains(String.valueOf(chat.context().orderId()));
        assertThat(robot.lookup(".conversation-placeholder").queryAs(Label.class).getParent().isVisible())
                .as("the 'choose a chat' hint is hidden").isFalse();
        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));
        assertThat(robot.lookup("#jumpToBottom").queryButton().isVisible())
                .as("a short chat is all in sight: no jump button").isFalse();
    }

    @Test
    void aChatWithPicturesOpensAtItsNewestMessage(FxRobot robot) {
        SandboxChat chat = chatWhere(c -> true, history -> history.stream()
                .anyMatch(message -> message.attachments().stream().anyMatch(file -> file.name().endsWith(".jpg"))));

        open(robot, chat);

        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));
        assertThat(robot.lookup("#jumpToBottom").queryButton().isVisible()).isFalse();
    }

    @Test
    void aNewBuyerMessageWhileAtTheBottomKeepsTheLastItemInSight(FxRobot robot) {
        SandboxChat chat = chatWhere(c -> true, history -> history.size() > 1);
        addBuyerMessages(chat, 30);
        open(robot, chat);
        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));

        SandboxMessage incoming = state().addBuyerMessage(chat.chatId(), "А можно доставку на завтра?");
        cabinet.inbox().refreshNow();

        await().atMost(PATIENCE).until(() -> lastBubbleId(robot) == incoming.messageId());
        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));
        assertThat(robot.lookup("#jumpToBottom").queryButton().isVisible()).isFalse();
    }

    @Test
    void aPictureSentWhileAtTheBottomStaysInSightWhenItsBubbleGrows(FxRobot robot) throws Exception {
        SandboxChat chat = chatWhere(c -> true, history -> history.size() > 1);
        addBuyerMessages(chat, 20);
        open(robot, chat);
        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));
        Path picture = dataFolder.resolve("label.png");
        Files.copy(ConversationPaneTest.class.getResourceAsStream("/com/marketchats/sandbox/files/kettle-label.png"),
                picture);

        cabinet.inbox().sendFile(chat.chatId(), picture);

        await().atMost(PATIENCE).until(() -> List.copyOf(messages(robot).getItems()).stream()
                .filter(MessageBubble.class::isInstance).map(MessageBubble.class::cast)
                .anyMatch(bubble -> bubble.attachments().stream().anyMatch(file -> file.name().equals("label.png"))));
        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));
        assertThat(robot.lookup("#jumpToBottom").queryButton().isVisible()).isFalse();
    }

    @Test
    void theJumpButtonAppearsWhenScrolledUpAndCountsNewMessages(FxRobot robot) {
        SandboxChat chat = chatWhere(c -> true, history -> history.size() > 1);
        addBuyerMessages(chat, 40);
        open(robot, chat);
        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));
        Button jump = robot.lookup("#jumpToBottom").queryButton();
        assertThat(jump.isVisible()).isFalse();

        // scrollTo, not scrollPixels: with cells of different heights VirtualFlow's pixel scrolling
        // works on estimated positions and may land elsewhere (JDK-8306447).
        robot.interact(() -> messages(robot).scrollTo(0));
        await().atMost(PATIENCE).until(jump::isVisible);
        SandboxMessage incoming = state().addBuyerMessage(chat.chatId(), "Вы здесь?");
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> lastBubbleId(robot) == incoming.messageId());
        Label count = robot.lookup("#jumpToBottomCount").queryAs(Label.class);
        await().atMost(PATIENCE).until(() -> count.isVisible() && "1".equals(count.getText()));
        assertThat(lastItemFullyVisible(robot)).isFalse();

        robot.clickOn(jump);

        await().atMost(PATIENCE).until(() -> lastItemFullyVisible(robot));
        await().atMost(PATIENCE).until(() -> !jump.isVisible());
    }

    private void open(FxRobot robot, SandboxChat chat) {
        var summary = cabinet.inbox().chat(chat.chatId()).orElseThrow();
        robot.interact(() -> model.open(summary));
        await().atMost(PATIENCE).until(() -> !messages(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void addBuyerMessages(SandboxChat chat, int count) {
        SandboxMessage last = null;
        for (int i = 1; i <= count; i++) {
            last = state().addBuyerMessage(chat.chatId(), "Сообщение покупателя " + i);
        }
        long newest = last.messageId();
        cabinet.inbox().refreshNow();
        await().atMost(PATIENCE).until(() -> {
            var stored = cabinet.inbox().messages(chat.chatId(), null, 1);
            return !stored.isEmpty() && stored.get(0).messageId() >= newest;
        });
    }

    private static long lastBubbleId(FxRobot robot) {
        List<ConversationItem> items = List.copyOf(messages(robot).getItems());
        return items.stream().filter(MessageBubble.class::isInstance).map(MessageBubble.class::cast)
                .reduce((first, second) -> second).map(MessageBubble::messageId).orElse(-1L);
    }

    private static boolean lastItemFullyVisible(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            VirtualFlow<?> flow = flow(robot);
            IndexedCell<?> last = flow.getLastVisibleCell();
            int size = messages(robot).getItems().size();
            return last != null && last.getIndex() == size - 1
                    && last.getLayoutY() + last.getHeight() <= flow.getHeight() + 2;
        }));
    }

    private static ListView<ConversationItem> messages(FxRobot robot) {
        return robot.lookup("#messageList").queryListView();
    }

    private static VirtualFlow<?> flow(FxRobot robot) {
        return (VirtualFlow<?>) messages(robot).lookup(".virtual-flow");
    }

    private static SandboxChat chatWhere(Predicate<SandboxChat> chat, Predicate<List<SandboxMessage>> history) {
        return cabinet.unusedChat(chat, history);
    }

    private static Set<MessageSender> senders(List<SandboxMessage> history) {
        return Set.copyOf(history.stream().map(SandboxMessage::sender).toList());
    }

    private static SandboxState state() {
        return cabinet.sandbox().state();
    }
}
