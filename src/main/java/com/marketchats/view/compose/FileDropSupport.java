package com.marketchats.view.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.compose.ComposeViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;

/**
 * Files dragged from the desktop onto the conversation or the compose box go into the open chat's send
 * sheet.
 * While files are dragged over, a drop zone (dashed border, icon, «Отпустите, чтобы отправить файлы»)
 * covers the target so the seller sees where to let go.
 *
 * <p>How to use it: put the conversation and the compose pane into one {@link StackPane} (for example
 * {@code new StackPane(new BorderPane(conversation, null, null, composePane.root(), null))}) and call
 * {@link #install} on it; the overlay is added as the stack's top child. The drop itself only hands the
 * files to the send sheet ({@code SendSheetViewModel#addFiles}), which checks them
 * and shows them for the seller to confirm (TestFX cannot simulate a
 * drop of OS files, so nothing else happens here).
 */
public final class FileDropSupport {

    private FileDropSupport() {
    }

    public static void install(StackPane target, ComposeViewModel model, I18n texts) {
        VBox zone = dropZone(texts);
        target.getChildren().add(zone);

        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (acceptable(event, model)) {
                event.acceptTransferModes(TransferMode.COPY);
                zone.setVisible(true);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_ENTERED, event -> zone.setVisible(acceptable(event, model)));
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> zone.setVisible(false));
        target.addEventHandler(DragEvent.DRAG_DONE, event -> zone.setVisible(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            zone.setVisible(false);
            Dragboard board = event.getDragboard();
            boolean dropped = acceptable(event, model);
            if (dropped) {
                model.sheet().addFiles(board.getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(dropped);
            event.consume();
        });
    }

    private static boolean acceptable(DragEvent event, ComposeViewModel model) {
        return event.getGestureSource() == null && event.getDragboard().hasFiles()
                && model.hasChatProperty().get();
    }

    private static VBox dropZone(I18n texts) {
        FontIcon icon = new FontIcon(Feather.UPLOAD);
        icon.getStyleClass().add("drop-zone-icon");
        Label title = new Label(texts.text("attach.drop"));
        title.getStyleClass().add("drop-zone-title");
        Label limit = new Label(texts.text("attach.drop.limit"));
        limit.getStyleClass().add("drop-zone-hint");
        VBox zone = new VBox(8, icon, title, limit);
        zone.setId("fileDropZone");
        zone.setAlignment(Pos.CENTER);
        zone.getStyleClass().add("drop-zone");
        zone.getStylesheets().add(FileDropSupport.class.getResource("compose.css").toExternalForm());
        // The overlay only shows; the stack underneath keeps receiving the drag events.
        zone.setMouseTransparent(true);
        zone.setVisible(false);
        return zone;
    }
}
