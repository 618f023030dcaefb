package com.marketchats.view;

import com.marketchats.i18n.I18n;
import com.marketchats.view.chatlist.ChatListPane;
import com.marketchats.view.compose.ComposePane;
import com.marketchats.view.compose.FileDropSupport;
import com.marketchats.view.compose.SendSheet;
import com.marketchats.view.conversation.ConversationPane;
import com.marketchats.view.conversation.ScrollPlace;
import com.marketchats.view.window.CabinetSwitcher;
import com.marketchats.view.window.ListDivider;
import com.marketchats.view.window.NoticeBanners;
import com.marketchats.view.window.StatusBar;
import com.marketchats.viewmodel.window.CabinetViewModels;
import com.marketchats.viewmodel.window.MainViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The main window's content: the demo banner and the notice banners (what was recovered, what failed), the cabinet bar over the chat list on the left, the
 * conversation with the compose box on the right (one drop zone for files over both, and the send
 * sheet every file goes through), and the status
 * bar. The panes are rebuilt when another cabinet comes on screen. Window-wide shortcuts live here.
 */
public final class MainWindow {

    private final MainViewModel model;
    private final I18n texts;
    private final WindowActions actions;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final DoubleProperty listShare = new SimpleDoubleProperty(this, "listShare", ListDivider.DEFAULT_POSITION);
    private ChatListPane chatListPane;
    private ComposePane composePane;
    private ConversationPane conversationPane;
    private Scene scene;

    public MainWindow(MainViewModel model, I18n texts, WindowActions actions) {
        this.model = model;
        this.texts = texts;
        this.actions = actions;
        root.setTop(new VBox(demoBanner(), new NoticeBanners(model.notices(), texts, actions::openFile,
                actions::replaceKey).root()));
        root.setCenter(content);
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(MainWindow.class.getResource("window/window.css").toExternalForm());
        model.activeModelsProperty().addListener((obs, old, models) -> show(models));
        show(model.activeModelsProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Where the divider between the list and the conversation stands, as the list's share of the width. */
    public DoubleProperty listShareProperty() {
        return listShare;
    }

    /** Where the reader is in the open conversation; empty at the newest message or with no chat open. */
    public Optional<ScrollPlace> conversationPlace() {
        return conversationPane == null ? Optional.empty() : conversationPane.scrollPlace();
    }

    /** Scrolls the open conversation to a place {@link #conversationPlace()} gave (of the same chat). */
    public void returnConversationTo(ScrollPlace place) {
        ifShown(() -> conversationPane.returnTo(place));
    }

    /**
     * Shortcuts as in Telegram Desktop: the chat list's own (Ctrl+F search, Alt+↓/↑ next/previous chat),
     * and Ctrl+J next chat that needs a reply, Ctrl+L the compose box, Ctrl+N start a chat, Ctrl+,
     * settings, F5 refresh, F1 or Ctrl+/ the list of every shortcut. The chat list's are installed again
     * whenever another cabinet comes on screen.
     */
    public void installShortcuts(Scene scene) {
        this.scene = scene;
        if (chatListPane != null) {
            chatListPane.installShortcuts(scene);
        }
        Map<KeyCombination, Runnable> shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN), () -> withModels(m -> m.chatList().selectNextNeedingReply()),
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> ifShown(() -> composePane.focusInput()),
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), actions::startChat,
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), actions::openSettings,
                new KeyCodeCombination(KeyCode.F5), () -> withModels(CabinetViewModels::refreshNow),
                new KeyCodeCombination(KeyCode.F1), actions::showShortcuts,
                new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), actions::showShortcuts);
        scene.getAccelerators().putAll(shortcuts);
    }

    private void show(CabinetViewModels models) {
        if (models == null) {
            // Opening a cabinet, or why it could not be opened (a missing key, a damaged disk).
            Label waiting = new Label();
            waiting.textProperty().bind(Bindings.when(model.errorTextProperty().isEmpty())
                    .then(texts.text("window.opening")).otherwise(model.errorTextProperty()));
            waiting.setWrapText(true);
            waiting.setId("cabinetWaiting");
            waiting.getStyleClass().add("placeholder");
            content.getChildren().setAll(waiting);
            root.setBottom(null);
            chatListPane = null;
            composePane = null;
            conversationPane = null;
            return;
        }
        chatListPane = new ChatListPane(models.chatList(), texts, actions::openLink);
        if (scene != null) {
            chatListPane.installShortcuts(scene);
        }
        conversationPane = new ConversationPane(models.conversation(), texts, actions::openLink);
        composePane = new ComposePane(models.compose(), texts);
        models.conversation().setFileOpener(actions::openFile);

        VBox left = new VBox(new CabinetSwitcher(model, texts, actions).root(), chatListPane.root());
        VBox.setVgrow(chatListPane.root(), Priority.ALWAYS);
        BorderPane conversation = new BorderPane(conversationPane.root());
        conversation.setBottom(composePane.root());
        StackPane right = new StackPane(conversation);
        SendSheet.install(right, models.compose().sheet(), texts);
        FileDropSupport.install(right, models.compose(), texts);
        chatListPane.acceptFileDrops(models.compose().sheet()::addFiles);

        content.getChildren().setAll(ListDivider.split(left, right, listShare));
        root.setBottom(new StatusBar(models.statusBar(), texts).root());
    }

    private Region demoBanner() {
        Label text = new Label(texts.text("demo.banner"));
        text.setId("demoBanner");
        text.getStyleClass().add("demo-banner-text");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(Feather.INFO));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button connect = new Button(texts.text("window.connectCabinet"));
        connect.setId("connectCabinet");
        connect.getStyleClass().add("accent");
        // The banner's text wraps; the button keeps its whole label.
        connect.setMinWidth(Region.USE_PREF_SIZE);
        connect.setTooltip(new Tooltip(texts.text("window.connectCabinet.tooltip")));
        connect.setOnAction(event -> actions.connectCabinet());
        HBox banner = new HBox(12, text, spacer, connect);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("demo-banner");
        banner.visibleProperty().bind(model.demoProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void ifShown(Runnable action) {
        if (chatListPane != null) {
            action.run();
        }
    }

    private void withModels(Consumer<CabinetViewModels> action) {
        CabinetViewModels models = model.activeModelsProperty().get();
        if (models != null) {
            action.accept(models);
        }
    }
}
