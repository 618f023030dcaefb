package com.marketchats.app;

import com.marketchats.sandbox.SandboxMessage;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.net.URI;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A message's text on the real window (demo cabinet, Russian): selected with the mouse and the keyboard
 * and copied, the chat copied as a transcript, and links that ask before leaving Yandex Market.
 */
class MessageTextFlowTest extends RecordedDesktopWindow {

    private static final String STRANGER = "https://example.com/photo-of-parcel";
    private static final String MARKET = "https://market.yandex.ru/product--chainik/42";

    @Test
    void textSelectedWithTheMouseOrTheKeyboardIsCopied(FxRobot robot) throws Exception {
        String text = "Добрый день! Коробка пришла мятая, но сам чайник целый. Можно ли получить скидку?";
        Node message = openChatWithBuyerMessage(robot, text);
        Bounds line = message.localToScreen(message.getBoundsInLocal());
        double middle = line.getMinY() + 8;

        robot.drag(new Point2D(line.getMinX() + 1, middle), MouseButton.PRIMARY)
                .dropTo(new Point2D(line.getMinX() + line.getWidth() / 3, middle));
        robot.rightClickOn(message);
        robot.clickOn("Копировать");

        await().atMost(PATIENCE).until(() -> !RecordingDesktop.clipboard().isEmpty());
        String copied = RecordingDesktop.clipboard();
        assertThat(text).startsWith(copied);
        assertThat(copied.length()).as("only the dragged part").isBetween(3, text.length() - 1);

        RecordingDesktop.clearClipboard();
        robot.clickOn(message);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        await().atMost(PATIENCE).until(() -> text.equals(RecordingDesktop.clipboard()));
    }

    @Test
    void copyChatTranscriptTakesTheWholeChat(FxRobot robot) throws Exception {
        String text = "Подскажите, когда будет доставка?";
        Node message = openChatWithBuyerMessage(robot, text);

        robot.rightClickOn(message);
        robot.clickOn("Копировать переписку");

        await().atMost(PATIENCE).until(() -> RecordingDesktop.clipboard() != null
                && RecordingDesktop.clipboard().contains(text));
        String transcript = RecordingDesktop.clipboard();
        assertThat(transcript).startsWith(robot.lookup("#conversationHeaderTitle").queryAs(Label.class).getText());
        assertThat(sandbox().state().history(chatId).stream().map(SandboxMessage::text)
                .filter(body -> body != null && !body.isEmpty())).allMatch(transcript::contains);
    }

    @Test
    void aLinkOutsideMarketAsksFirstAndAMarketLinkOpensAtOnce(FxRobot robot) {
        Node message = openChatWithBuyerMessage(robot,
                "Вот фото упаковки: " + STRANGER + ". А товар этот: " + MARKET);

        robot.clickOn(linkIn(robot, message, STRANGER));
        await().atMost(PATIENCE).until(() -> robot.lookup("#linkPrompt").tryQuery().isPresent());
        assertThat(robot.lookup("#linkPrompt .content").queryAs(Label.class).getText()).contains(STRANGER);
        assertThat(desktop.asked()).as("nothing opens before the seller agrees").isEmpty();
        robot.clickOn("#openAnyway");
        await().atMost(PATIENCE).until(() -> desktop.asked().contains(URI.create(STRANGER)));

        robot.clickOn(linkIn(robot, message, MARKET));
        await().atMost(PATIENCE).until(() -> desktop.asked().contains(URI.create(MARKET)));
        assertThat(robot.lookup("#linkPrompt").tryQuery()).as("no question for Market").isEmpty();
    }

    private long chatId;

    /** Writes a buyer message into a chat with an order ({@link #chatId}), opens that chat and finds the message's text. */
    private Node openChatWithBuyerMessage(FxRobot robot, String text) {
        ChatListItem row = orderChat(robot);
        chatId = row.chatId();
        sandbox().state().addBuyerMessage(chatId, text);
        DemoWindows.openChat(robot, row.chatId());
        refreshUntil(robot, () -> messageText(robot, text) != null);
        return messageText(robot, text);
    }

    private static Node messageText(FxRobot robot, String text) {
        return robot.lookup(".bubble-text").match(node -> node instanceof StackPane pane && text.equals(shown(pane)))
                .tryQuery().orElse(null);
    }

    private static String shown(StackPane pane) {
        return pane.getChildren().stream().filter(TextFlow.class::isInstance)
                .flatMap(flow -> ((TextFlow) flow).getChildren().stream())
                .map(piece -> ((Text) piece).getText()).collect(Collectors.joining());
    }

    private static Node linkIn(FxRobot robot, Node message, String address) {
        return robot.from(message).lookup(".message-link")
                .match(node -> address.equals(((Text) node).getText())).query();
    }
}
