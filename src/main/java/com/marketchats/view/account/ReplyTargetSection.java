package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.ReplyTargetEditor;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected cabinet's reply target in Settings → Cabinets: "answer within", the reminder, and the
 * working hours as one row per weekday (tick, from, to), with the editor's message when the input is
 * refused.
 */
final class ReplyTargetSection {

    private final VBox root;

    ReplyTargetSection(ReplyTargetEditor editor, I18n texts) {
        Label title = new Label(texts.text("settings.replyTarget.title"));
        title.getStyleClass().add("settings-subtitle");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        TextField within = WeekdayHoursGrid.timeField("replyWithin", texts.text("settings.replyTarget.within"));
        within.textProperty().bindBidirectional(editor.answerWithinProperty());
        TextField warn = WeekdayHoursGrid.timeField("replyWarn", texts.text("settings.replyTarget.warn"));
        warn.textProperty().bindBidirectional(editor.warnBeforeProperty());
        grid.addRow(0, label(texts.text("settings.replyTarget.within")), within,
                label(texts.text("settings.replyTarget.warn")), warn);

        GridPane hours = WeekdayHoursGrid.of(editor.days(), "reply", "settings.replyTarget", texts);
        Label error = WeekdayHoursGrid.error("replyTargetError", editor.errorProperty());
        Label hint = WeekdayHoursGrid.hint(texts.text("settings.replyTarget.hint"));
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
}
