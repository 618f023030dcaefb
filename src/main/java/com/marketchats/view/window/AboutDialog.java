package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What this copy of the app is: its icon, name, version and build, where it keeps the user's data, and
 * what support needs (the diagnostics text, to read or copy, and the log folder).
 */
public final class AboutDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /**
     * @param version     the app's version and build commit, as shown
     * @param dataFolder  the data folder in use, so a user can find (and back up) their data
     * @param diagnostics version, Java, JavaFX, system and folders as plain text, without keys or messages
     * @param logFolder   where the log files are
     * @param openFolder  opens a folder in the desktop's file manager
     * @param icon        the app's icon, shown at 64 px
     */
    public AboutDialog(I18n texts, String version, Path dataFolder, String diagnostics, Path logFolder,
                       Consumer<Path> openFolder, Image icon, Window owner) {
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
        TextArea details = new TextArea(diagnostics);
        details.setId("aboutDiagnostics");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(7);
        details.setAccessibleText(texts.text("about.diagnostics"));
        Button copy = new Button(texts.text("about.copyDiagnostics"));
        copy.setId("copyDiagnostics");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(diagnostics);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button logs = new Button(texts.text("about.openLogFolder"));
        logs.setId("openLogFolder");
        logs.setOnAction(event -> openFolder.accept(logFolder));
        ImageView image = new ImageView(icon);
        image.setFitWidth(64);
        image.setFitHeight(64);
        VBox lines = new VBox(6, name, versionLine, description, data, details, new HBox(8, copy, logs));
        HBox content = new HBox(16, image, lines);
        content.setPadding(new Insets(8));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        // Our own words: JavaFX's ButtonType.CLOSE follows the system's language, not the window's.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(texts.text("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    public void show() {
        dialog.show();
    }
}
