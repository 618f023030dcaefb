package com.marketchats.app;

import com.marketchats.sandbox.SandboxServer;
import com.marketchats.service.settings.SettingsStore;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.conversation.ConversationItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** The real app window on the demo cabinet, in a data folder of the test's, with a saved language. */
final class DemoWindows {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private DemoWindows() {
    }

    static AppWindow show(Stage stage, Path dataDirectory, String language) {
        return show(stage, dataDirectory, language, target -> { });
    }

    /** @param desktop stands in for the desktop that opens links and files */
    static AppWindow show(Stage stage, Path dataDirectory, String language, DesktopOpener desktop) {
        SettingsStore settings = new SettingsStore(dataDirectory);
        settings.save(settings.load(List::of).withLanguage(language));
        AppWindow window = new AppWindow(stage, AppOptions.parse(List.of("--demo", "--data-dir=" + dataDirectory)),
                desktop);
        window.show();
        return window;
    }

    /**
     * Gives the shown window another size, as the seller would by dragging its edge: after the first
     * seconds in which {@link ShownSizeGuard} puts back a size the toolkit shrank.
     */
    static void resize(FxRobot robot, Stage stage, double width, double height) {
        await().atMost(PATIENCE).until(stage::isShowing);
        WaitForAsyncUtils.sleep((long) ShownSizeGuard.SETTLE.toMillis() + 300, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The demo cabinet's sandbox; the cabinet opens in the background, so the first call may wait for it. */
    static SandboxServer sandbox(AppWindow window) {
        await().atMost(PATIENCE).until(() -> window.sessions().demoSandbox().isPresent());
        return window.sessions().demoSandbox().orElseThrow();
    }

    /**
     * Clicks a chat in the list and waits for its messages. The list may reorder while the first sync
     * settles, even between finding the row's cell and the click landing on it: bring the row into view,
     * click its cell, and again until the row is the one selected.
     */
    static void openChat(FxRobot robot, long chatId) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#chatList").tryQuery().isPresent());
        ListView<ChatListItem> chats = robot.lookup("#chatList").queryListView();
        await().atMost(PATIENCE).until(() -> {
            robot.interact(() -> chats.getItems().stream().filter(item -> item.chatId() == chatId)
                    .findFirst().ifPresent(chats::scrollTo));
            robot.lookup("#chatList .list-cell").match(cell -> ((ListCell<?>) cell).getItem()
                    instanceof ChatListItem shown && shown.chatId() == chatId).tryQuery().ifPresent(robot::clickOn);
            ChatListItem selected = chats.getSelectionModel().getSelectedItem();
            return selected != null && selected.chatId() == chatId;
        });
        await().atMost(PATIENCE).until(() -> !robot.lookup("#messageList").<ListView<ConversationItem>>queryListView()
                .getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
