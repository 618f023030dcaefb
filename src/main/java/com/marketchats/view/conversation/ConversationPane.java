package com.marketchats.view.conversation;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.conversation.ConversationItem;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The open chat: a header (buyer, order or return, status, type, a link to the cabinet), the messages,
 * a round "to the newest" button beside them when scrolled up, and a hint when no chat is open. The window's
 * owner puts the compose box under {@link #root()}.
 */
public final class ConversationPane {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ConversationViewModel model;
    private final I18n texts;
    private final ListView<ConversationItem> list;
    private final ScrollKeeper<ConversationItem> scroll;
    private final StackPane root;

    /** @param linkOpener opens a web address: a link in a message or the cabinet link (the app asks first for a stranger's) */
    public ConversationPane(ConversationViewModel model, I18n texts, Consumer<String> linkOpener) {
        this.model = model;
        this.texts = texts;
        this.list = new ListView<>(model.items());
        list.setId("messageList");
        list.getStyleClass().add("conversation-list");
        list.setAccessibleText(texts.text("conversation.pane.list.accessible"));
        MessageMenus menus = new MessageMenus(model, texts);
        AttachmentRows attachments = new AttachmentRows(model, texts, menus);
        list.setCellFactory(view -> new ConversationCell(model, texts, attachments, menus, linkOpener));
        list.setFocusTraversable(true);
        Label empty = ConversationCell.styled(new Label(texts.text("conversation.pane.empty")), "conversation-empty");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        this.scroll = new ScrollKeeper<>(list, model::loadOlder);
        scroll.atBottomProperty().addListener((property, was, atBottom) -> model.setAtBottom(atBottom));

        BorderPane conversation = new BorderPane();
        // Tab follows the order of the children, and a BorderPane's children are in the order its places
        // were filled: the header's link first, as it is seen, so the messages come right before the
        // compose box below them and Shift+Tab from there goes back to them.
        conversation.setTop(header(linkOpener));
        conversation.setCenter(new StackPane(list, loadingOlder(), JumpButton.over(model, texts, scroll)));
        Label placeholder = ConversationCell.styled(new Label(texts.text("conversation.pane.placeholder")),
                "conversation-placeholder");
        placeholder.setWrapText(true);
        StackPane hint = new StackPane(placeholder);
        ObservableValue<Boolean> noChat = model.titleProperty().isEmpty();
        hint.visibleProperty().bind(noChat);
        conversation.visibleProperty().bind(model.titleProperty().isNotEmpty());
        root = new StackPane(conversation, hint);
        root.getStyleClass().add("conversation-pane");
        root.getStylesheets().add(ConversationPane.class.getResource("conversation.css").toExternalForm());
        followWindowFocus();
    }

    public Region root() {
        return root;
    }

    /** Where the reader is in the messages; empty at the newest one. For showing the same place in a rebuilt pane. */
    public Optional<ScrollPlace> scrollPlace() {
        return scroll.place(ConversationPane::messageId).map(place -> new ScrollPlace(place.key(), place.hiddenAbove()));
    }

    /** Scrolls to a place {@link #scrollPlace()} gave, once the chat's messages reach it (older ones load meanwhile). */
    public void returnTo(ScrollPlace place) {
        scroll.returnTo(new ScrollKeeper.Place(place.messageId(), place.hiddenAbove()), ConversationPane::messageId,
                () -> model.hasOlderProperty().get());
    }

    private static Long messageId(ConversationItem item) {
        return item instanceof ConversationItem.MessageBubble bubble ? bubble.messageId() : null;
    }

    /** Moves the keyboard focus to the messages (e.g. after choosing a chat). */
    public void focusList() {
        list.requestFocus();
    }

    private VBox header(Consumer<String> linkOpener) {
        Label title = ConversationCell.styled(new Label(), "conversation-title");
        title.setId("conversationHeaderTitle");
        title.textProperty().bind(model.titleProperty());
        Label status = ConversationCell.styled(new Label(), "status-chip");
        status.textProperty().bind(model.statusTextProperty());
        HBox top = new HBox(8, title, status);
        top.setAlignment(Pos.CENTER_LEFT);

        Label subject = ConversationCell.styled(new Label(), "conversation-subject");
        subject.setId("conversationSubject");
        subject.textProperty().bind(model.subjectProperty());
        Label type = ConversationCell.styled(new Label(), "conversation-type");
        type.textProperty().bind(model.typeTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Hyperlink link = new Hyperlink(texts.text("conversation.header.cabinetLink"),
                new FontIcon(Feather.EXTERNAL_LINK));
        link.setId("cabinetLink");
        link.setTooltip(new Tooltip(texts.text("conversation.header.cabinetLink.tooltip")));
        link.visibleProperty().bind(model.cabinetLinkProperty().isNotNull());
        link.managedProperty().bind(link.visibleProperty());
        link.setOnAction(event -> linkOpener.accept(model.cabinetLinkProperty().get()));
        HBox bottom = new HBox(8, subject, type, spacer, link);
        bottom.setAlignment(Pos.CENTER_LEFT);

        Label notice = ConversationCell.styled(new Label(), "conversation-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.when(model.errorTextProperty().isEmpty())
                .then(model.statusMessageProperty()).otherwise(model.errorTextProperty()));
        model.errorTextProperty().addListener((property, old, error) -> notice.pseudoClassStateChanged(ERROR,
                !error.isEmpty()));
        notice.visibleProperty().bind(notice.textProperty().isEmpty().not());
        notice.managedProperty().bind(notice.visibleProperty());

        VBox header = new VBox(4, top, bottom, notice);
        header.getStyleClass().add("conversation-header");
        return header;
    }

    private Label loadingOlder() {
        Label loading = ConversationCell.styled(new Label(texts.text("conversation.loadingOlder")), "loading-older");
        loading.visibleProperty().bind(model.loadingOlderProperty());
        loading.setMouseTransparent(true);
        StackPane.setAlignment(loading, Pos.TOP_CENTER);
        return loading;
    }

    /** The chat counts as read only while its window has the focus. */
    private void followWindowFocus() {
        root.sceneProperty().flatMap(scene -> scene.windowProperty()).flatMap(Window::focusedProperty)
                .addListener((property, was, focused) -> model.setWindowFocused(Boolean.TRUE.equals(focused)));
    }
}
