package com.marketchats.view.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.compose.SendSheetViewModel;
import com.marketchats.viewmodel.compose.SheetFile;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One file of the send sheet: a thumbnail for an image (decoded at the screen's scale, so it is sharp on a
 * HiDPI screen) or an icon, the name, the size or why it cannot go, and a button that removes it.
 */
final class SheetFileRow {

    private static final double THUMBNAIL = 56;

    private SheetFileRow() {
    }

    static HBox of(SheetFile file, SendSheetViewModel model, I18n texts) {
        Label name = new Label(file.name());
        name.getStyleClass().add("sheet-file-name");
        name.setMinWidth(0);
        Label detail = new Label(file.sendable() ? file.sizeText() : file.refusal());
        detail.getStyleClass().add(file.sendable() ? "sheet-file-size" : "sheet-file-refusal");
        detail.setWrapText(true);
        VBox text = new VBox(2, name, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "button-icon", "sheet-remove");
        String removeText = texts.text("sheet.remove", file.name());
        remove.setTooltip(new Tooltip(removeText));
        remove.setAccessibleText(removeText);
        remove.disableProperty().bind(model.sendingProperty());
        remove.setOnAction(event -> model.remove(file));

        HBox row = new HBox(10, preview(file), text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(file.sendable() ? "sheet-file" : "sheet-file-refused");
        return row;
    }

    private static Node preview(SheetFile file) {
        StackPane box = new StackPane();
        box.getStyleClass().add("sheet-thumbnail");
        box.setMinSize(THUMBNAIL, THUMBNAIL);
        box.setPrefSize(THUMBNAIL, THUMBNAIL);
        if (!file.image()) {
            box.getChildren().add(new FontIcon(file.sendable() ? Feather.FILE : Feather.ALERT_CIRCLE));
            return box;
        }
        ImageView view = new ImageView();
        view.setFitWidth(THUMBNAIL);
        view.setFitHeight(THUMBNAIL);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // Decoded at the window's output scale once it is known (2 on a HiDPI screen), in the background.
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getWindow() != null && view.getImage() == null) {
                double scale = Math.max(1, scene.getWindow().getOutputScaleX());
                view.setImage(new Image(file.path().toUri().toString(),
                        THUMBNAIL * scale, THUMBNAIL * scale, true, true, true));
            }
        });
        box.getChildren().add(view);
        return box;
    }
}
