package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.CloseChoice;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asked the first time the window is closed on a desktop with a tray: keep running there (buyers' messages
 * still come as notifications) or quit. The answer becomes the setting; Settings → General changes it later.
 * Closing the question itself (Esc) answers nothing and leaves the window open.
 */
public final class CloseToTrayDialog extends Dialog<CloseChoice> {

    public CloseToTrayDialog(I18n texts, Window owner) {
        initOwner(owner);
        setTitle(texts.text("closeToTray.title"));
        setResizable(true);
        Label heading = new Label(texts.text("closeToTray.heading"));
        heading.getStyleClass().add("close-to-tray-heading");
        Label details = new Label(texts.text("closeToTray.details"));
        details.setId("closeToTrayDetails");
        for (Label label : new Label[] {heading, details}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, heading, details);
        content.getStyleClass().add("close-to-tray-content");
        content.setPrefWidth(480);
        getDialogPane().setContent(content);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getStylesheets().add(CloseToTrayDialog.class.getResource("window.css").toExternalForm());
        ButtonType keep = new ButtonType(texts.text("closeToTray.keep"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(texts.text("closeToTray.quit"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(texts.text("closeToTray.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(keep, quit, cancel);
        ((Button) getDialogPane().lookupButton(keep)).setId("closeToTrayKeep");
        ((Button) getDialogPane().lookupButton(quit)).setId("closeToTrayQuit");
        ((Button) getDialogPane().lookupButton(cancel)).setId("closeToTrayCancel");
        setResultConverter(button -> button == keep ? CloseChoice.TRAY : button == quit ? CloseChoice.QUIT : null);
    }
}
