package com.marketchats.view.conversation;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.conversation.ConversationItem;
import com.marketchats.viewmodel.conversation.ConversationItem.DaySeparator;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.PendingBubble;
import com.marketchats.viewmodel.conversation.ConversationItem.UnreadDivider;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * One row of the conversation: a day or "new messages" chip in the middle, a message bubble (the
 * seller's on the right in the accent colour, the buyer's on the left, Market's and support's centred
 * with their name), or one of the seller's pending messages with its state, upload progress, reason of
 * failure and Retry / Delete.
 */
final class ConversationCell extends ListCell<ConversationItem> {

    /** Bubbles take at most this share of the list's width, as in desktop messengers. */
    private static final double BUBBLE_SHARE = 0.7;

    private final ConversationViewModel model;
    private final I18n texts;
    private final AttachmentRows attachments;
    private final MessageMenus menus;
    private final Consumer<String> linkOpener;

    ConversationCell(ConversationViewModel model, I18n texts, AttachmentRows attachments, MessageMenus menus,
                     Consumer<String> linkOpener) {
        this.model = model;
        this.texts = texts;
        this.attachments = attachments;
        this.menus = menus;
        this.linkOpener = linkOpener;
        getStyleClass().add("conversation-cell");
        // Without this a wide wrapped text would give the list a horizontal scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ConversationItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (item instanceof DaySeparator day) {
            show(chip(day.text(), "day-chip"), day.text());
        } else if (item instanceof UnreadDivider divider) {
            show(chip(divider.text(), "unread-chip"), divider.text());
        } else if (item instanceof MessageBubble bubble) {
            show(message(bubble), bubble.accessibleText());
        } else if (item instanceof PendingBubble pending) {
            show(pending(pending), String.join(", ", pending.text(), pending.stateText(), pending.failureText()));
        }
    }

    private void show(Node graphic, String accessibleText) {
        setGraphic(graphic);
        setAccessibleText(accessibleText);
    }

    private static Node chip(String text, String styleClass) {
        HBox row = new HBox(styled(new Label(text), styleClass));
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("chip-row");
        return row;
    }

    private Node message(MessageBubble message) {
        VBox bubble = bubble(message.side().name().toLowerCase(Locale.ROOT));
        if (message.side() == ConversationItem.Side.SYSTEM) {
            bubble.getChildren().add(styled(new Label(message.senderLabel()), "bubble-sender"));
        }
        SelectableText text = message.text().isEmpty() ? null : new SelectableText(message.text(), linkOpener);
        if (text != null) {
            bubble.getChildren().add(text.root());
        }
        message.attachments().forEach(file -> bubble.getChildren().add(attachments.row(file)));
        menus.install(bubble, message, text);
        bubble.getChildren().add(time(message.timeText()));
        return row(bubble, switch (message.side()) {
            case SELLER -> Pos.CENTER_RIGHT;
            case BUYER -> Pos.CENTER_LEFT;
            case SYSTEM -> Pos.CENTER;
        });
    }

    private Node pending(PendingBubble pending) {
        VBox bubble = bubble("seller");
        bubble.getStyleClass().add("pending");
        bubble.getChildren().add(wrapped(pending.text(), "bubble-text"));
        if (pending.hasProgress()) {
            ProgressBar progress = new ProgressBar(pending.progress());
            progress.setMaxWidth(Double.MAX_VALUE);
            bubble.getChildren().add(progress);
        }
        HBox state = new HBox(6, stateIcon(pending.phase()), styled(new Label(pending.stateText()), "pending-state"));
        state.setAlignment(Pos.CENTER_RIGHT);
        bubble.getChildren().add(state);
        if (!pending.failureText().isEmpty()) {
            // A queued message waits on its own (for the connection, for the API's limit): said calmly;
            // red only when the seller has to act on it.
            boolean needsSeller = pending.phase() == ConversationItem.PendingPhase.FAILED;
            bubble.getChildren().add(wrapped(pending.failureText(), needsSeller ? "pending-failure" : "pending-waiting"));
        }
        if (pending.canRetry() || pending.canDelete()) {
            bubble.getChildren().add(actions(pending));
        }
        return row(bubble, Pos.CENTER_RIGHT);
    }

    private Node actions(PendingBubble pending) {
        HBox actions = new HBox(6);
        actions.setAlignment(Pos.CENTER_RIGHT);
        if (pending.canRetry()) {
            Button retry = new Button(texts.text("conversation.pending.retry"), new FontIcon(Feather.REFRESH_CW));
            retry.getStyleClass().addAll("retryButton", "small");
            retry.setOnAction(event -> model.retry(pending.outboxId()));
            actions.getChildren().add(retry);
        }
        if (pending.canDelete()) {
            Button delete = new Button(texts.text("conversation.pending.delete"), new FontIcon(Feather.TRASH_2));
            delete.getStyleClass().addAll("deleteButton", "small", "danger");
            delete.setOnAction(event -> model.delete(pending.outboxId()));
            actions.getChildren().add(delete);
        }
        return actions;
    }

    private static FontIcon stateIcon(ConversationItem.PendingPhase phase) {
        FontIcon icon = new FontIcon(switch (phase) {
            case QUEUED -> Feather.CLOCK;
            case SENDING -> Feather.UPLOAD_CLOUD;
            case SENT -> Feather.CHECK;
            case FAILED -> Feather.ALERT_CIRCLE;
        });
        icon.getStyleClass().addAll("state-icon", phase.name().toLowerCase(Locale.ROOT));
        return icon;
    }

    private VBox bubble(String sideClass) {
        VBox bubble = new VBox(4);
        bubble.getStyleClass().addAll("bubble", sideClass);
        bubble.setMinHeight(Region.USE_PREF_SIZE);
        // From the list's width, not the cell's: a new cell is measured before it has a width of its own,
        // and a bubble 0 px wide would report a wrapped text's height as hundreds of lines, which throws
        // off the flow's estimate of where the bottom is.
        bubble.maxWidthProperty().bind(getListView().widthProperty().multiply(BUBBLE_SHARE));
        return bubble;
    }

    private static HBox row(Node bubble, Pos alignment) {
        HBox row = new HBox(bubble);
        row.setAlignment(alignment);
        HBox.setHgrow(bubble, Priority.NEVER);
        return row;
    }

    private static Label time(String text) {
        Label time = styled(new Label(text), "bubble-time");
        time.setMaxWidth(Double.MAX_VALUE);
        time.setAlignment(Pos.CENTER_RIGHT);
        return time;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = styled(new Label(text), styleClass);
        label.setWrapText(true);
        // A wrapped label asks for its full height only when it may not shrink below it.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
