package com.marketchats.view;

import com.marketchats.viewmodel.ChatRow;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A chat list row: buyer and time on top, subject and status chip below. */
final class ChatCell extends ListCell<ChatRow> {

    private final Label title = styled(new Label(), "chat-title");
    private final Label time = styled(new Label(), "chat-time");
    private final Label subject = styled(new Label(), "chat-subject");
    private final Label status = styled(new Label(), "status-chip");
    private final GridPane layout = new GridPane();

    ChatCell() {
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        layout.getColumnConstraints().addAll(grow, right);
        layout.setHgap(8);
        layout.setVgap(4);
        layout.add(title, 0, 0);
        layout.add(time, 1, 0);
        layout.add(subject, 0, 1);
        layout.add(status, 1, 1);
        layout.getStyleClass().add("chat-cell");
        title.setMinWidth(0);
        subject.setMinWidth(0);
    }

    @Override
    protected void updateItem(ChatRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("needs-reply", "dispute");
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(row.title());
        time.setText(row.timeText());
        subject.setText(row.subject());
        status.setText(row.statusText());
        if (row.needsReply()) {
            getStyleClass().add("needs-reply");
        }
        if (row.dispute()) {
            getStyleClass().add("dispute");
        }
        setAccessibleText(String.join(", ", row.title(), row.subject(), row.statusText(), row.timeText()));
        setGraphic(layout);
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
