package com.marketchats.view.account;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.account.RemovalQuestion;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks before a cabinet is removed, saying in full what is deleted; "Keep cabinet" is the default. */
public final class RemoveCabinetDialog extends Dialog<Boolean> {

    public RemoveCabinetDialog(RemovalQuestion question, I18n texts, Window owner) {
        initOwner(owner);
        setTitle(texts.text("removeCabinet.title"));
        setResizable(true);
        Label heading = new Label(question.heading());
        heading.getStyleClass().add("replace-key-heading");
        Label details = new Label(question.details());
        details.setId("removeCabinetDetails");
        for (Label label : new Label[] {heading, details}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, heading, details);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getStylesheets().add(RemoveCabinetDialog.class.getResource("account.css").toExternalForm());
        ButtonType remove = new ButtonType(texts.text("removeCabinet.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(texts.text("removeCabinet.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(remove, keep);
        Button removeButton = (Button) getDialogPane().lookupButton(remove);
        removeButton.setId("removeCabinetConfirm");
        removeButton.getStyleClass().add("danger");
        // Enter must not delete a cabinet: the safe answer is the default one.
        removeButton.setDefaultButton(false);
        Button keepButton = (Button) getDialogPane().lookupButton(keep);
        keepButton.setId("removeCabinetKeep");
        keepButton.setDefaultButton(true);
        setResultConverter(button -> button == remove);
    }
}
