package com.marketchats.view.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.compose.StartChatViewModel;
import com.marketchats.viewmodel.compose.StartChatViewModel.Kind;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * "Start a chat": order or return, its number, and Open. The dialog stays open while the chat is being
 * created and shows an error there (with the number kept), so a typo is fixed in place.
 */
public final class StartChatDialog {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final StartChatViewModel model;
    private final I18n texts;
    private final Dialog<Long> dialog = new Dialog<>();
    private final ButtonType startType;
    private final TextField number = new TextField();

    public StartChatDialog(StartChatViewModel model, I18n texts, Window owner) {
        this.model = model;
        this.texts = texts;
        this.startType = new ButtonType(texts.text("startChat.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.initOwner(owner);
        dialog.setTitle(texts.text("startChat.title"));
        dialog.setHeaderText(texts.text("startChat.header"));
        // JavaFX words its own Cancel in the system's language, not in the one chosen in the app.
        dialog.getDialogPane().getButtonTypes().addAll(startType,
                new ButtonType(texts.text("startChat.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getStylesheets().add(
                StartChatDialog.class.getResource("compose.css").toExternalForm());
        dialog.setResultConverter(button -> null);
    }

    /**
     * Shows the dialog (once per instance: make a new one each time); when the chat is opened the dialog
     * closes and hands the chat's id to {@code onOpened}.
     */
    public void show(Consumer<Long> onOpened) {
        Button start = (Button) dialog.getDialogPane().lookupButton(startType);
        start.setDefaultButton(true);
        start.disableProperty().bind(model.validationTextProperty().isNotEmpty().or(model.busyProperty()));
        start.addEventFilter(ActionEvent.ACTION, event -> {
            // Keep the dialog open until the chat exists; the model closes it through the callback.
            event.consume();
            model.start(chatId -> {
                dialog.setResult(chatId);
                dialog.close();
                onOpened.accept(chatId);
            });
        });
        // Without this the dialog focuses its first enabled button, Cancel, as Open waits for a number.
        dialog.setOnShown(event -> number.requestFocus());
        dialog.show();
    }

    private VBox content() {
        ToggleGroup kinds = new ToggleGroup();
        ToggleButton order = kindButton(Kind.ORDER, kinds);
        ToggleButton ret = kindButton(Kind.RETURN, kinds);
        order.getStyleClass().add("left-pill");
        ret.getStyleClass().add("right-pill");
        kinds.selectToggle(model.kindProperty().get() == Kind.RETURN ? ret : order);
        kinds.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                kinds.selectToggle(old);
            } else {
                model.kindProperty().set((Kind) chosen.getUserData());
            }
        });

        number.setId("startChatNumber");
        number.textProperty().bindBidirectional(model.numberProperty());
        number.promptTextProperty().bind(Bindings.createStringBinding(
                () -> texts.text("startChat.number.prompt." + model.kindProperty().get()), model.kindProperty()));
        number.disableProperty().bind(model.busyProperty());
        // The field gives up the focus while the chat is being opened; a failure hands it back for a fix.
        model.busyProperty().addListener((obs, was, busy) -> {
            if (!busy && dialog.isShowing()) {
                number.requestFocus();
            }
        });

        Label message = new Label();
        message.setId("startChatMessage");
        message.setWrapText(true);
        // All of a long error is shown: the label keeps the height its lines need and the dialog grows.
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("start-chat-message");
        message.textProperty().bind(Bindings.createStringBinding(this::message,
                model.errorTextProperty(), model.validationTextProperty(), model.busyProperty()));
        model.errorTextProperty().addListener((obs, old, error) ->
                message.pseudoClassStateChanged(ERROR, !error.isEmpty()));
        message.textProperty().addListener((obs, old, text) -> fitWindow());

        VBox box = new VBox(10, new HBox(order, ret), number, message);
        box.setPrefWidth(380);
        return box;
    }

    /** A dialog's window keeps the size it opened with; a message of more lines needs a taller one. */
    private void fitWindow() {
        Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            // after the layout pass that takes in the new text, so the size is worked out from it
            Platform.runLater(window::sizeToScene);
        }
    }

    private ToggleButton kindButton(Kind kind, ToggleGroup group) {
        ToggleButton button = new ToggleButton(texts.text("startChat.kind." + kind));
        button.setUserData(kind);
        button.setToggleGroup(group);
        return button;
    }

    /** The error first, then "opening…", then what is wrong with the number (only once something is typed). */
    private String message() {
        if (!model.errorTextProperty().get().isEmpty()) {
            return model.errorTextProperty().get();
        }
        if (model.busyProperty().get()) {
            return texts.text("startChat.busy");
        }
        return model.numberProperty().get().isBlank() ? "" : model.validationTextProperty().get();
    }
}
