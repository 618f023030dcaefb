package com.marketchats.app;

import com.marketchats.viewmodel.chatlist.ChatListItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A chat row's context menu in the real window, by right click and from the keyboard, action by action. */
@ExtendWith(ApplicationExtension.class)
class ChatRowMenuTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;
    private final RecordingDesktop desktop = new RecordingDesktop();
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = DemoWindows.show(stage, dataDirectory, "ru", desktop);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void copyOrderNumberPutsTheNumberOnTheClipboard(FxRobot robot) throws Exception {
        ChatListItem order = ChatRows.first(robot, 4, row -> row.summary().orderId() != null);
        RecordingDesktop.clearClipboard();

        robot.rightClickOn(ChatRows.searchedCell(robot, order.chatId(), order.summary().orderId()))
                .clickOn("Скопировать номер заказа");

        assertThat(RecordingDesktop.clipboard()).isEqualTo(String.valueOf(order.summary().orderId()));
        assertThat(ChatRows.list(robot).getSelectionModel().getSelectedItem())
                .as("a right click does not open the chat").isNull();
    }

    @Test
    void copyReturnNumberIsOfferedForAReturn(FxRobot robot) throws Exception {
        ChatListItem ret = ChatRows.first(robot, 4, row -> row.summary().returnId() != null);
        RecordingDesktop.clearClipboard();

        robot.rightClickOn(ChatRows.searchedCell(robot, ret.chatId(), ret.summary().returnId()))
                .clickOn("Скопировать номер возврата");

        assertThat(RecordingDesktop.clipboard()).isEqualTo(String.valueOf(ret.summary().returnId()));
    }

    @Test
    void shiftF10OnTheSelectedRowCopiesTheBuyerName(FxRobot robot) throws Exception {
        ChatListItem named = ChatRows.first(robot, 4, row -> row.summary().customerName() != null
                && !row.summary().customerName().isBlank() && row.summary().orderId() != null);
        RecordingDesktop.clearClipboard();
        robot.clickOn(ChatRows.searchedCell(robot, named.chatId(), named.summary().orderId()));

        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        robot.clickOn("Скопировать имя покупателя");

        assertThat(RecordingDesktop.clipboard()).isEqualTo(named.summary().customerName().strip());
    }

    @Test
    void theMenuKeyOpensTheOrderInTheSellerCabinet(FxRobot robot) {
        ChatListItem order = ChatRows.first(robot, 4, row -> row.summary().orderId() != null
                && row.summary().campaignId() != null);
        robot.clickOn(ChatRows.searchedCell(robot, order.chatId(), order.summary().orderId()));

        robot.type(KeyCode.CONTEXT_MENU).clickOn("Открыть в кабинете продавца");

        await().atMost(PATIENCE).until(() -> !desktop.asked().isEmpty());
        assertThat(desktop.asked()).containsExactly(URI.create("https://partner.market.yandex.ru/supplier/"
                + order.summary().campaignId() + "/orders/" + order.summary().orderId()));
    }

    /** That the mark outlives a restart is MarkUnreadTest's: the demo window empties its store at each start. */
    @Test
    void markAsUnreadShowsTheRowUnreadUntilTheChatIsOpened(FxRobot robot) {
        ChatListItem read = ChatRows.first(robot, 4, row -> !row.unread() && row.summary().returnId() != null
                && row.summary().lastMessageId() != null);

        robot.rightClickOn(ChatRows.searchedCell(robot, read.chatId(), read.summary().returnId()))
                .clickOn("Отметить непрочитанным");

        await().atMost(PATIENCE).until(() -> ChatRows.row(robot, read.chatId()).unread());
        assertThat(ChatRows.row(robot, read.chatId()).accessibleText()).contains("отмечен непрочитанным");
        robot.clickOn(ChatRows.cell(robot, read.chatId()));
        await().atMost(PATIENCE).until(() -> !ChatRows.row(robot, read.chatId()).unread());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
