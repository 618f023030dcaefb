package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.QuietHoursEditor;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected cabinet's quiet hours in Settings → Cabinets, below its reply target and in the same look:
 * a switch, then one spell per weekday (tick, from, to), greyed out while the switch is off.
 */
final class QuietHoursSection {

    private final VBox root;

    QuietHoursSection(QuietHoursEditor editor, I18n texts) {
        Label title = new Label(texts.text("settings.quietHours.title"));
        title.getStyleClass().add("settings-subtitle");
        CheckBox on = new CheckBox(texts.text("settings.quietHours.on"));
        on.setId("quietOn");
        on.selectedProperty().bindBidirectional(editor.onProperty());
        GridPane hours = WeekdayHoursGrid.of(editor.days(), "quiet", "settings.quietHours", texts);
        hours.disableProperty().bind(on.selectedProperty().not());
        Label error = WeekdayHoursGrid.error("quietHoursError", editor.errorProperty());
        Label hint = WeekdayHoursGrid.hint(texts.text("settings.quietHours.hint"));
        root = new VBox(6, title, on, hours, error, hint);
        root.disableProperty().bind(editor.editingProperty().not());
    }

    Region root() {
        return root;
    }
}
