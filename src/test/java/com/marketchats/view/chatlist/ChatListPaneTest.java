package com.marketchats.view.chatlist;

import atlantafx.base.theme.PrimerLight;
import com.marketchats.i18n.I18n;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatListTab;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import com.marketchats.viewmodel.chatlist.StatusKind;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The chat list pane on the demo cabinet, headless: rows, tabs, search, selection and row styles. */
@ExtendWith(ApplicationExtension.class)
class ChatListPaneTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final int DEMO_CHATS = 40;
    private static final long ANNA_ORDER = 51_234_567_801L;

    @TempDir
    static Path dataDirectory;
    private static DemoCabinet cabinet;

    private ChatListViewModel model;
    private ListView<ChatListItem> list;

    @BeforeAll
    static void openCabinet() {
        cabinet = DemoCabinet.open(dataDirectory);
    }

    @AfterAll
    static void closeCabinet() {
        cabinet.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n russian = I18n.forLocale(Locale.forLanguageTag("ru"));
        model = new ChatListViewModel(cabinet.inbox(), cabinet.fxUi(Locale.forLanguageTag("ru")));
        ChatListPane pane = new ChatListPane(model, russian, link -> { });
        Scene scene = new Scene(pane.root(), 420, 760);
        pane.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @AfterEach
    void stop() {
        model.dispose();
    }

    @Test
    void showsEveryDemoChatWithCountsOnTheTabs(FxRobot robot) {
        ListView<ChatListItem> chats = awaitList(robot);

        assertThat(chats.getItems().get(0).needsReply()).as("chats needing a reply come first").isTrue();
        assertThat(robot.lookup("#groupFilter-ALL").queryAs(ToggleButton.class).getGraphic())
                .satisfies(count -> assertThat(((Label) count).getText()).isEqualTo(String.valueOf(DEMO_CHATS)));
        assertThat(robot.lookup(".chat-list-cell .chat-title").queryAll()).isNotEmpty();
    }

    @Test
    void clickingATabNarrowsTheList(FxRobot robot) {
        awaitList(robot);

        robot.clickOn("#groupFilter-DISPUTES");

        await().atMost(PATIENCE).until(() -> model.tabProperty().get() == ChatListTab.DISPUTES
                && onFx(() -> list.getItems().size()) == model.tabCountProperty(ChatListTab.DISPUTES).get());
        assertThat(list.getItems()).isNotEmpty().hasSizeLessThan(DEMO_CHATS).allMatch(ChatListItem::dispute);
    }

    @Test
    void choosingATopicNarrowsTheList(FxRobot robot) {
        awaitList(robot);

        robot.clickOn("#contextFilter").clickOn("Возвраты");

        await().atMost(PATIENCE).until(() -> onFx(() -> !list.getItems().isEmpty()
                && list.getItems().stream().allMatch(item -> item.subject().startsWith("Возврат "))));
        assertThat(model.tabCountProperty(ChatListTab.ALL).get()).isEqualTo(list.getItems().size()).isLessThan(DEMO_CHATS);
    }

    @Test
    void typingInTheSearchNarrowsAndEscapeClearsIt(FxRobot robot) {
        awaitList(robot);

        robot.clickOn("#chatSearch").write(String.valueOf(ANNA_ORDER));

        await().atMost(PATIENCE).until(() -> onFx(() -> list.getItems().size()) == 1);
        assertThat(list.getItems().get(0).subject()).isEqualTo("Заказ " + ANNA_ORDER);
        robot.type(KeyCode.ESCAPE);
        await().atMost(PATIENCE).until(() -> onFx(() -> list.getItems().size()) == DEMO_CHATS);
        assertThat(robot.lookup("#chatSearch").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void theSelectedRowFollowsClicksAndKeyboardCommands(FxRobot robot) {
        awaitList(robot);
        List<Node> cells = robot.lookup(".chat-list-cell").queryAll().stream()
                .filter(cell -> ((ListCell<?>) cell).getItem() != null)
                .sorted((a, b) -> Integer.compare(((ListCell<?>) a).getIndex(), ((ListCell<?>) b).getIndex())).toList();

        robot.clickOn(cells.get(2));
        assertThat(model.selectedProperty().get()).isSameAs(list.getItems().get(2));

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get()).isSameAs(list.getItems().get(3));
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(3);
    }

    @Test
    void unreadAndDisputeRowsCarryTheirStyles(FxRobot robot) {
        awaitList(robot);
        robot.clickOn("#groupFilter-DISPUTES");
        await().atMost(PATIENCE).until(() -> onFx(() -> list.getItems().stream().allMatch(ChatListItem::dispute)));
        WaitForAsyncUtils.waitForFxEvents();

        List<ListCell<?>> rendered = renderedCells(robot);
        assertThat(rendered).isNotEmpty().allSatisfy(cell -> {
            ChatListItem item = (ChatListItem) cell.getItem();
            assertThat(cell.getStyleClass()).contains("chat-list-cell");
            assertThat(cell.getPseudoClassStates()).contains(ChatListCell.DISPUTE);
            assertThat(cell.getPseudoClassStates().contains(ChatListCell.UNREAD)).isEqualTo(item.unread());
        });
        assertThat(rendered).anySatisfy(cell -> assertThat(cell.getPseudoClassStates()).contains(ChatListCell.UNREAD));
        PseudoClass disputeChip = PseudoClass.getPseudoClass(ChatListCell.statusState(StatusKind.DISPUTE));
        assertThat(robot.lookup(".status-chip").queryAll().stream().map(Node::getPseudoClassStates))
                .anySatisfy(states -> assertThat(states).contains(disputeChip));
    }

    private List<ListCell<?>> renderedCells(FxRobot robot) {
        return robot.lookup(".chat-list-cell").queryAll().stream().<ListCell<?>>map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getItem() != null).toList();
    }

    private ListView<ChatListItem> awaitList(FxRobot robot) {
        list = robot.lookup("#chatList").queryListView();
        await().atMost(PATIENCE).until(() -> onFx(() -> list.getItems().size()) == DEMO_CHATS);
        WaitForAsyncUtils.waitForFxEvents();
        return list;
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
