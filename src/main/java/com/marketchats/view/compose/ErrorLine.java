package com.marketchats.view.compose;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A red line that says why the last action failed, and takes no room while there is nothing to say. */
final class ErrorLine {

    private ErrorLine() {
    }

    static Label bound(String id, ObservableStringValue text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("compose-error");
        error.setWrapText(true);
        error.textProperty().bind(text);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
