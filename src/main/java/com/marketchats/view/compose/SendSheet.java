package com.marketchats.view.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.compose.SendSheetViewModel;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The send sheet over the conversation: what is about to go to the buyer, one row per file, an optional
 * text, and Send / Cancel (Enter sends, Esc cancels). It shows while the open chat's sheet has files; the
 * area around the card takes the clicks meant for the conversation and compose box behind it, so the files
 * are sent or cancelled before the seller goes on. Only layout and bindings; {@link SendSheetViewModel} decides.
 */
public final class SendSheet {

    private static final double MAX_LIST_HEIGHT = 340;

    private SendSheet() {
    }

    /** Adds the sheet on top of the conversation area (a stack holding the conversation and the compose box). */
    public static void install(StackPane area, SendSheetViewModel model, I18n texts) {
        Label title = new Label();
        title.setId("sheetTitle");
        title.getStyleClass().add("sheet-title");
        title.textProperty().bind(model.titleProperty());

        VBox rows = new VBox(6);
        rows.setId("sheetFiles");
        Runnable fill = () -> rows.getChildren().setAll(model.files().stream()
                .map(file -> SheetFileRow.of(file, model, texts)).toList());
        model.files().addListener((ListChangeListener<Object>) change -> fill.run());
        fill.run();
        ScrollPane list = new ScrollPane(rows);
        list.setFitToWidth(true);
        list.setMaxHeight(MAX_LIST_HEIGHT);
        list.getStyleClass().add("sheet-list");

        TextField comment = new TextField();
        comment.setId("sheetComment");
        comment.setPromptText(texts.text("sheet.comment.prompt"));
        comment.setAccessibleText(texts.text("sheet.comment.prompt"));
        comment.textProperty().bindBidirectional(model.commentProperty());
        comment.disableProperty().bind(model.sendingProperty());

        Label error = ErrorLine.bound("sheetError", model.errorTextProperty());

        VBox card = new VBox(10, title, list, comment, error, buttons(model, texts));
        card.setId("sendSheet");
        card.getStyleClass().add("send-sheet");
        card.setAccessibleText(texts.text("sheet.accessible"));
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMaxWidth(560);

        StackPane backdrop = new StackPane(card);
        backdrop.getStyleClass().add("sheet-backdrop");
        backdrop.setPickOnBounds(true);
        StackPane.setAlignment(card, Pos.BOTTOM_CENTER);
        backdrop.getStylesheets().add(SendSheet.class.getResource("compose.css").toExternalForm());
        backdrop.visibleProperty().bind(model.openProperty());
        backdrop.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.send();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                model.cancel();
                event.consume();
            }
        });
        // The sheet takes the keyboard when it opens, so Enter and Esc act on it and not on the compose box.
        model.openProperty().addListener((obs, was, open) -> {
            if (open) {
                Platform.runLater(comment::requestFocus);
            }
        });
        area.getChildren().add(backdrop);
    }

    private static HBox buttons(SendSheetViewModel model, I18n texts) {
        Label keys = new Label(texts.text("sheet.keys"));
        keys.getStyleClass().add("sheet-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(texts.text("sheet.cancel"));
        cancel.setId("sheetCancel");
        cancel.disableProperty().bind(model.sendingProperty());
        cancel.setOnAction(event -> model.cancel());
        Button send = new Button(texts.text("sheet.send"));
        send.setId("sheetSend");
        send.getStyleClass().add("accent");
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(event -> model.send());
        HBox buttons = new HBox(8, keys, spacer, cancel, send);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }
}
