package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;

/** What this copy of the app is: its icon, name and version, and where it keeps the user's data. */
public final class AboutDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /**
     * @param version    the app's version, from the build
     * @param dataFolder the data folder in use, so a user can find (and back up) their data
     * @param icon       the app's icon, shown at 64 px
     */
    public AboutDialog(I18n texts, String version, Path dataFolder, Image icon, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(texts.text("about.title"));
        Label name = new Label(texts.text("window.title"));
        name.getStyleClass().add("title-3");
        Label versionLine = new Label(texts.text("about.version", version));
        versionLine.setId("aboutVersion");
        Label description = new Label(texts.text("about.description"));
        description.setWrapText(true);
        Label data = new Label(texts.text("about.dataFolder", dataFolder.toString()));
        data.setWrapText(true);
        ImageView image = new ImageView(icon);
        image.setFitWidth(64);
        image.setFitHeight(64);
        VBox lines = new VBox(6, name, versionLine, description, data);
        HBox content = new HBox(16, image, lines);
        content.setPadding(new Insets(8));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    public void show() {
        dialog.show();
    }
}
