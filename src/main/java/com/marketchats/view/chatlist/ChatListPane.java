package com.marketchats.view.chatlist;

import atlantafx.base.controls.CustomTextField;
import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.chatlist.ChatListItem;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The chat list pane: search with the topic filter beside it, tabs with counts and the virtualised list
 * of chats, all bound to a {@link ChatListViewModel}. The list's selection and the view-model's follow each other.
 */
public final class ChatListPane {

    /** How often waiting timers and "14:05 / Yesterday" times are brought up to date. */
    private static final Duration TICK = Duration.minutes(1);

    private final ChatListViewModel model;
    private final I18n texts;
    private final CustomTextField search = new CustomTextField();
    private final ListView<ChatListItem> list = new ListView<>();
    private final VBox root;
    /** True while the pane itself moves the list's selection, so that move is not sent back to the model. */
    private boolean showingModelSelection;
    /** Where files dropped onto a chat go (the window's send sheets); none until the window sets it. */
    private BiConsumer<Long, List<Path>> fileDrops = (chatId, files) -> { };

    /** @param openLink opens a web address in the browser (the row menu's "Open in seller cabinet") */
    public ChatListPane(ChatListViewModel model, I18n texts, Consumer<String> openLink) {
        this.model = model;
        this.texts = texts;
        buildSearch();
        buildList(new ChatRowMenu(model.rowActions(), texts, openLink));
        ProgressBar loading = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        loading.getStyleClass().addAll("small", "chat-list-loading");
        loading.setMaxWidth(Double.MAX_VALUE);
        loading.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("chat-list-error");
        error.setWrapText(true);
        error.textProperty().bind(model.loadErrorProperty());
        error.visibleProperty().bind(model.loadErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(6, search, new TopicMenu(model, texts).root());
        searchRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, searchRow, new ChatFilterBar(model, texts).root(), error);
        header.getStyleClass().add("chat-list-header");
        root = new VBox(header, loading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("chat-list-pane");
        root.getStylesheets().add(ChatListPane.class.getResource("chat-list.css").toExternalForm());
        keepTimesFresh();
    }

    /** Files dropped onto a chat go to {@code target} with that chat's id, and the chat opens. */
    public void acceptFileDrops(BiConsumer<Long, List<Path>> target) {
        fileDrops = target;
    }

    private void filesDropped(long chatId, List<Path> files) {
        fileDrops.accept(chatId, files);
        model.select(chatId);
    }

    public Region root() {
        return root;
    }

    /** Puts the cursor into the search field with its text selected, ready to type over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /**
     * Window-wide shortcuts, as in Telegram Desktop: Ctrl+F search; Alt+↓ / Ctrl+PgDn next chat;
     * Alt+↑ / Ctrl+PgUp previous chat; Alt+Shift+↓ next chat needing a reply (Cmd instead of Ctrl on macOS).
     */
    public void installShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch,
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), model::selectNext,
                new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), model::selectNext,
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), model::selectPrevious,
                new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), model::selectPrevious,
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN),
                model::selectNextNeedingReply);
        scene.getAccelerators().putAll(shortcuts);
    }

    private void buildSearch() {
        search.setId("chatSearch");
        search.setPromptText(texts.text("chatlist.search.prompt"));
        search.setAccessibleText(texts.text("chatlist.search.accessible"));
        search.setTooltip(new Tooltip(texts.text("chatlist.search.accessible")));
        search.textProperty().bindBidirectional(model.searchProperty());
        FontIcon magnifier = new FontIcon(Feather.SEARCH);
        magnifier.getStyleClass().add("search-icon");
        search.setLeft(magnifier);
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("chatSearchClear");
        clear.getStyleClass().addAll("flat", "small", "search-clear");
        clear.setCursor(Cursor.HAND);
        clear.setFocusTraversable(false);
        clear.setAccessibleText(texts.text("chatlist.search.clear"));
        clear.setTooltip(new Tooltip(texts.text("chatlist.search.clear")));
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(event -> search.clear());
        search.setRight(clear);
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (model.selectedProperty().get() == null) {
                    model.selectNext();
                }
                event.consume();
            }
        });
    }

    private void buildList(ChatRowMenu rowMenu) {
        list.setId("chatList");
        list.setItems(model.items());
        list.setFixedCellSize(ChatListCell.HEIGHT);
        list.setCellFactory(view -> rowMenu.install(ChatRowDrops.install(new ChatListCell(texts), this::filesDropped)));
        rowMenu.installKeys(list);
        list.setAccessibleText(texts.text("chatlist.list.accessible"));
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (!showingModelSelection && chosen != null) {
                model.selectedProperty().set(chosen);
            }
        });
        model.selectedProperty().addListener((observable, old, chosen) -> {
            ChatListItem shown = list.getSelectionModel().getSelectedItem();
            if (chosen == null || chosen != shown) {
                showModelSelection(true);
            }
        });
        model.items().addListener((ListChangeListener<ChatListItem>) change -> showModelSelection(false));
    }

    /** Selects the model's chat in the list (none if the list does not hold it), optionally scrolling to it. */
    private void showModelSelection(boolean scroll) {
        ChatListItem chosen = model.selectedProperty().get();
        int index = chosen == null ? -1 : indexOf(chosen.chatId());
        showingModelSelection = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().clearAndSelect(index);
                list.getFocusModel().focus(index);
                if (scroll && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(index);
                }
            }
        } finally {
            showingModelSelection = false;
        }
    }

    private int indexOf(long chatId) {
        for (int index = 0; index < list.getItems().size(); index++) {
            if (list.getItems().get(index).chatId() == chatId) {
                return index;
            }
        }
        return -1;
    }

    /** "No chats yet, syncing", or "nothing found" with a button that shows every chat again. */
    private Region placeholder() {
        Label message = new Label();
        message.getStyleClass().add("chat-list-placeholder-text");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.when(model.filtersActiveProperty())
                .then(texts.text("chatlist.empty.filtered")).otherwise(texts.text("chatlist.empty.syncing")));
        Button showAll = new Button(texts.text("chatlist.empty.clear"));
        showAll.setId("chatListShowAll");
        showAll.getStyleClass().add("accent");
        showAll.visibleProperty().bind(model.filtersActiveProperty());
        showAll.managedProperty().bind(showAll.visibleProperty());
        showAll.setOnAction(event -> model.clearFilters());
        VBox placeholder = new VBox(12, message, showAll);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("chat-list-placeholder");
        return placeholder;
    }

    /** Ticks the view-model every minute while the pane is in a window. */
    private void keepTimesFresh() {
        Timeline ticker = new Timeline(new KeyFrame(TICK, event -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((observable, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }
}
