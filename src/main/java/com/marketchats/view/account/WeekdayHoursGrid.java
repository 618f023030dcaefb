package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.WeekdayHours;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * A week of hours in Settings, one row per weekday (tick, from, to), in two columns (Monday to Thursday,
 * Friday to Sunday): seven rows would push the cabinets list out of a dialog of ordinary height. The
 * working hours and the quiet hours look the same this way.
 */
final class WeekdayHoursGrid {

    private static final int TIME_COLUMNS = 5;
    private static final int ROWS = 4;
    /** Grid columns per weekday: tick, from, dash, to. */
    private static final int COLUMN_WIDTH = 4;

    private WeekdayHoursGrid() {
    }

    /**
     * @param idPrefix  the nodes' ids start with it ("reply": replyDay0, replyFrom0, replyTo0)
     * @param keyPrefix the bundle keys of the accessible texts and the dash start with it
     */
    static GridPane of(List<WeekdayHours> days, String idPrefix, String keyPrefix, I18n texts) {
        GridPane hours = new GridPane();
        hours.setHgap(6);
        hours.setVgap(2);
        for (int index = 0; index < days.size(); index++) {
            WeekdayHours day = days.get(index);
            CheckBox on = new CheckBox(day.name());
            on.setId(idPrefix + "Day" + index);
            on.setMinWidth(Region.USE_PREF_SIZE);
            on.setAccessibleText(texts.text(keyPrefix + ".dayOn", day.name()));
            on.selectedProperty().bindBidirectional(day.on());
            TextField from = timeField(idPrefix + "From" + index, texts.text(keyPrefix + ".from", day.name()));
            from.textProperty().bindBidirectional(day.from());
            TextField to = timeField(idPrefix + "To" + index, texts.text(keyPrefix + ".to", day.name()));
            to.textProperty().bindBidirectional(day.to());
            from.disableProperty().bind(on.selectedProperty().not());
            to.disableProperty().bind(on.selectedProperty().not());
            int column = index < ROWS ? 0 : COLUMN_WIDTH;
            hours.add(on, column, index % ROWS);
            hours.add(from, column + 1, index % ROWS);
            hours.add(new Label(texts.text(keyPrefix + ".until")), column + 2, index % ROWS);
            hours.add(to, column + 3, index % ROWS);
            if (column > 0) {
                GridPane.setMargin(on, new Insets(0, 0, 0, 16));
            }
        }
        return hours;
    }

    static TextField timeField(String id, String accessible) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(TIME_COLUMNS);
        field.setAccessibleText(accessible);
        return field;
    }

    /** The message of a refused input, shown only while there is one. */
    static Label error(String id, ObservableStringValue message) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("settings-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }
}
