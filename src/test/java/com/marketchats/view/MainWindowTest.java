package com.marketchats.view;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.i18n.I18n;
import com.marketchats.sandbox.SandboxServer;
import com.marketchats.viewmodel.ChatRow;
import com.marketchats.viewmodel.InboxViewModel;
import com.marketchats.viewmodel.MessageRow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The walking skeleton end to end, headless: window → view-model → HTTP client → sandbox. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static SandboxServer sandbox;
    private static ExecutorService background;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxServer.startDemo();
        background = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopSandbox() {
        background.shutdownNow();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        HttpChatsApi api = HttpChatsApi.builder()
                .baseUrl(sandbox.baseUrl())
                .businessId(sandbox.demoBusinessId())
                .credentials(ApiCredentials.apiKey(sandbox.demoApiKey()))
                .build();
        I18n russian = I18n.forLocale(Locale.forLanguageTag("ru"));
        InboxViewModel model = new InboxViewModel(api, background, Platform::runLater, russian,
                Clock.systemDefaultZone());
        stage.setScene(new Scene(new MainWindow(model, russian, true).root(), 1100, 720));
        stage.show();
        model.refresh();
    }

    @Test
    void showsTheSandboxChatsUnderADemoBanner(FxRobot robot) {
        ListView<ChatRow> list = robot.lookup("#chatList").queryListView();
        int sandboxChats = sandbox.state().chats(sandbox.demoBusinessId()).size();

        await().atMost(PATIENCE).until(() -> list.getItems().size() == sandboxChats);

        assertThat(sandboxChats).isGreaterThan(20);
        assertThat(robot.lookup("#demoBanner").queryAs(Label.class).getText()).contains("Демо-режим");
        assertThat(list.getItems().get(0).needsReply()).as("chats needing a reply come first").isTrue();
    }

    @Test
    void selectingAChatShowsItsHistory(FxRobot robot) {
        ChatRow first = openFirstChat(robot);

        ListView<MessageRow> messages = robot.lookup("#messageList").queryListView();
        int expected = sandbox.state().history(first.chatId()).size();
        await().atMost(PATIENCE).until(() -> messages.getItems().size() == expected);
        assertThat(expected).isPositive();
        assertThat(robot.lookup("#conversationTitle").queryAs(Label.class).getText()).isEqualTo(first.title());
    }

    @Test
    void typingAndEnterSendsTheMessageThroughTheApi(FxRobot robot) {
        String text = "Добрый день! Отправим сегодня.";
        ChatRow chat = openFirstChat(robot);
        Button send = robot.lookup("#sendButton").queryButton();
        assertThat(send.isDisabled()).as("nothing typed yet").isTrue();

        robot.clickOn("#composeInput").write(text);
        robot.type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> sandbox.state().history(chat.chatId()).stream()
                .anyMatch(message -> text.equals(message.text())));
        ListView<MessageRow> messages = robot.lookup("#messageList").queryListView();
        await().atMost(PATIENCE).until(() -> messages.getItems().stream()
                .anyMatch(row -> row.side() == MessageRow.Side.OWN && row.text().equals(text)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#composeInput").queryTextInputControl().getText()).isEmpty();
    }

    private static ChatRow openFirstChat(FxRobot robot) {
        ListView<ChatRow> list = robot.lookup("#chatList").queryListView();
        await().atMost(PATIENCE).until(() -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".chat-cell").nth(0).queryAs(Node.class));
        return list.getItems().get(0);
    }
}
