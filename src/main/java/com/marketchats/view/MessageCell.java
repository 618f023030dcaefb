package com.marketchats.view;

import com.marketchats.viewmodel.MessageRow;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * A message bubble: the seller's own on the right, the buyer's on the left, Market's and support's
 * centred as system messages, each with its sender, text, attached files and time; above the first
 * message of a day, that day.
 */
final class MessageCell extends ListCell<MessageRow> {

    /** Bubbles take at most this share of the conversation's width, as in desktop messengers. */
    private static final double BUBBLE_SHARE = 0.7;

    private final Label dayHeader = styled(new Label(), "day-header");
    private final HBox dayRow = new HBox(dayHeader);
    private final Label sender = styled(new Label(), "bubble-sender");
    private final Label text = styled(new Label(), "bubble-text");
    private final VBox files = new VBox(2);
    private final Label time = styled(new Label(), "bubble-time");
    private final VBox bubble = new VBox(4, sender, text, files, time);
    private final HBox bubbleRow = new HBox(bubble);
    private final VBox layout = new VBox(6, dayRow, bubbleRow);

    MessageCell() {
        text.setWrapText(true);
        // A wrapped label asks for its full height only when it may not shrink below it.
        text.setMinHeight(Region.USE_PREF_SIZE);
        bubble.setMinHeight(Region.USE_PREF_SIZE);
        bubble.maxWidthProperty().bind(widthProperty().multiply(BUBBLE_SHARE));
        bubble.getStyleClass().add("bubble");
        dayRow.setAlignment(Pos.CENTER);
        getStyleClass().add("message-cell");
    }

    @Override
    protected void updateItem(MessageRow message, boolean empty) {
        super.updateItem(message, empty);
        if (empty || message == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        boolean newDay = message.dayHeader() != null;
        dayHeader.setText(newDay ? message.dayHeader() : "");
        dayRow.setVisible(newDay);
        dayRow.setManaged(newDay);
        bubble.getStyleClass().removeAll("own", "buyer", "system");
        bubble.getStyleClass().add(message.side().name().toLowerCase(Locale.ROOT));
        bubbleRow.setAlignment(switch (message.side()) {
            case OWN -> Pos.CENTER_RIGHT;
            case BUYER -> Pos.CENTER_LEFT;
            case SYSTEM -> Pos.CENTER;
        });
        sender.setText(message.senderName());
        text.setText(message.text());
        text.setManaged(!message.text().isEmpty());
        text.setVisible(!message.text().isEmpty());
        files.getChildren().setAll(message.attachments().stream()
                .map(line -> styled(new Label(line), "bubble-file")).toList());
        time.setText(message.timeText());
        setAccessibleText(String.join(", ", message.senderName(), message.text(), message.timeText()));
        setGraphic(layout);
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
