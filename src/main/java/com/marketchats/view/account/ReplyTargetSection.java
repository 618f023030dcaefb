package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.ReplyTargetEditor;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The selected cabinet's reply target in Settings → Cabinets: "answer within", the reminder, and the
 * working hours as one row per weekday (tick, from, to), with the editor's message when the input is
 * refused.
 */
final class ReplyTargetSection {

    private static final int TIME_COLUMNS = 5;
    private static final int ROWS = 4;
    /** Grid columns per weekday: tick, from, dash, to. */
    private static final int COLUMN_WIDTH = 4;

    private final VBox root;

    ReplyTargetSection(ReplyTargetEditor editor, I18n texts) {
        Label title = new Label(texts.text("settings.replyTarget.title"));
        title.getStyleClass().add("settings-subtitle");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        TextField within = timeField("replyWithin", texts.text("settings.replyTarget.within"));
        within.textProperty().bindBidirectional(editor.answerWithinProperty());
        TextField warn = timeField("replyWarn", texts.text("settings.replyTarget.warn"));
        warn.textProperty().bindBidirectional(editor.warnBeforeProperty());
        grid.addRow(0, label(texts.text("settings.replyTarget.within")), within,
                label(texts.text("settings.replyTarget.warn")), warn);

        // Two columns of weekdays (Monday to Thursday, Friday to Sunday): seven rows would push the
        // cabinets list out of a dialog of ordinary height.
        GridPane hours = new GridPane();
        hours.setHgap(6);
        hours.setVgap(2);
        List<ReplyTargetEditor.Day> days = editor.days();
        for (int index = 0; index < days.size(); index++) {
            ReplyTargetEditor.Day day = days.get(index);
            CheckBox on = new CheckBox(day.name());
            on.setId("replyDay" + index);
            on.setMinWidth(Region.USE_PREF_SIZE);
            on.setAccessibleText(texts.text("settings.replyTarget.dayOn", day.name()));
            on.selectedProperty().bindBidirectional(day.on());
            TextField from = timeField("replyFrom" + index, texts.text("settings.replyTarget.from", day.name()));
            from.textProperty().bindBidirectional(day.from());
            TextField to = timeField("replyTo" + index, texts.text("settings.replyTarget.to", day.name()));
            to.textProperty().bindBidirectional(day.to());
            from.disableProperty().bind(on.selectedProperty().not());
            to.disableProperty().bind(on.selectedProperty().not());
            int column = index < ROWS ? 0 : COLUMN_WIDTH;
            hours.add(on, column, index % ROWS);
            hours.add(from, column + 1, index % ROWS);
            hours.add(new Label(texts.text("settings.replyTarget.until")), column + 2, index % ROWS);
            hours.add(to, column + 3, index % ROWS);
            if (column > 0) {
                GridPane.setMargin(on, new Insets(0, 0, 0, 16));
            }
        }

        Label error = new Label();
        error.setId("replyTargetError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(editor.errorProperty());
        error.visibleProperty().bind(editor.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label hint = new Label(texts.text("settings.replyTarget.hint"));
        hint.getStyleClass().add("settings-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(6, title, grid, hours, error, hint);
        root.disableProperty().bind(editor.editingProperty().not());
    }

    Region root() {
        return root;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField timeField(String id, String accessible) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(TIME_COLUMNS);
        field.setAccessibleText(accessible);
        return field;
    }
}
