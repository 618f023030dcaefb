package com.marketchats.view;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.ChatRow;
import com.marketchats.viewmodel.InboxViewModel;
import com.marketchats.viewmodel.MessageRow;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: the chat list on the left; the conversation with its compose box on the
 * right; a demo banner above and a status line below. Only layout and bindings live here.
 */
public final class MainWindow {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final InboxViewModel model;
    private final I18n texts;
    private final BorderPane root = new BorderPane();

    public MainWindow(InboxViewModel model, I18n texts, boolean demo) {
        this.model = model;
        this.texts = texts;
        SplitPane panes = new SplitPane(chatListPane(), conversationPane());
        panes.setDividerPositions(0.34);
        root.setCenter(panes);
        if (demo) {
            root.setTop(demoBanner());
        }
        root.setBottom(statusLine());
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    private Region demoBanner() {
        Label banner = new Label(texts.text("demo.banner"));
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        return banner;
    }

    private Region chatListPane() {
        Label title = new Label(texts.text("chats.title"));
        title.getStyleClass().add("pane-title");
        Button refresh = new Button(texts.text("chats.refresh"));
        refresh.setId("refreshButton");
        refresh.setTooltip(new Tooltip(texts.text("chats.refresh.tooltip")));
        refresh.setOnAction(event -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        ListView<ChatRow> list = new ListView<>(model.chats());
        list.setId("chatList");
        list.setAccessibleText(texts.text("chats.list.accessible"));
        list.setCellFactory(view -> new ChatCell());
        list.setPlaceholder(new Label(texts.text("chats.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedChatProperty().set(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(header, list);
        pane.setMinWidth(260);
        pane.getStyleClass().add("chat-list-pane");
        return pane;
    }

    private Region conversationPane() {
        Label buyer = new Label();
        buyer.setId("conversationTitle");
        buyer.getStyleClass().add("pane-title");
        Label subject = new Label();
        subject.getStyleClass().add("conversation-subject");
        Label status = new Label();
        status.getStyleClass().add("status-chip");
        model.selectedChatProperty().addListener((obs, old, chat) -> {
            buyer.setText(chat == null ? "" : chat.title());
            subject.setText(chat == null ? "" : chat.subject());
            status.setText(chat == null ? "" : chat.statusText());
            status.setVisible(chat != null);
        });
        status.setVisible(false);
        HBox header = new HBox(12, buyer, subject, status);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        ListView<MessageRow> messages = new ListView<>(model.messages());
        messages.setId("messageList");
        messages.setAccessibleText(texts.text("conversation.list.accessible"));
        messages.setCellFactory(view -> new MessageCell());
        messages.setFocusTraversable(true);
        messages.getStyleClass().add("message-list");
        model.messages().addListener((ListChangeListener<MessageRow>) change -> {
            if (!model.messages().isEmpty()) {
                messages.scrollTo(model.messages().size() - 1);
            }
        });
        Label placeholder = new Label(texts.text("conversation.placeholder"));
        placeholder.getStyleClass().add("placeholder");
        placeholder.visibleProperty().bind(model.selectedChatProperty().isNull());
        messages.visibleProperty().bind(model.selectedChatProperty().isNotNull());
        StackPane center = new StackPane(messages, placeholder);

        BorderPane pane = new BorderPane(center);
        pane.setTop(header);
        pane.setBottom(composeBox());
        return pane;
    }

    private Region composeBox() {
        TextArea input = new TextArea();
        input.setId("composeInput");
        input.setPromptText(texts.text("compose.prompt"));
        input.setAccessibleText(texts.text("compose.accessible"));
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.textProperty().bindBidirectional(model.composeTextProperty());
        input.disableProperty().bind(model.selectedChatProperty().isNull());
        input.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER) {
                return;
            }
            event.consume();
            if (event.isShiftDown()) {
                input.replaceSelection("\n");
            } else {
                model.send();
            }
        });

        Label counter = new Label();
        counter.setId("composeCounter");
        counter.textProperty().bind(model.composeCounterProperty());
        counter.getStyleClass().add("compose-counter");
        Label reason = new Label();
        reason.setId("sendBlockedReason");
        reason.textProperty().bind(model.sendBlockedReasonProperty());
        reason.getStyleClass().add("compose-reason");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button send = new Button(texts.text("compose.send"));
        send.setId("sendButton");
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(event -> model.send());
        send.getStyleClass().add("accent");
        HBox actions = new HBox(12, counter, reason, spacer, send);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, input, actions);
        box.setPadding(new Insets(8, 12, 12, 12));
        box.getStyleClass().add("compose-box");
        return box;
    }

    private Region statusLine() {
        Label status = new Label();
        status.setId("statusLine");
        status.textProperty().bind(Bindings.when(model.errorTextProperty().isEmpty())
                .then(model.statusTextProperty()).otherwise(model.errorTextProperty()));
        status.getStyleClass().add("status-line");
        model.errorTextProperty().addListener((obs, old, error) ->
                status.pseudoClassStateChanged(ERROR, !error.isEmpty()));
        HBox line = new HBox(status);
        line.getStyleClass().add("status-bar");
        return line;
    }
}
