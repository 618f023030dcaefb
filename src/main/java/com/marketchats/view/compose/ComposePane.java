package com.marketchats.view.compose;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.compose.ComposeViewModel;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.List;

/**
 * The box under a conversation where the seller writes: the text (2 to 8 rows high, then it scrolls), a
 * counter against 4,096 characters, why Send is off, and attach and quick-reply buttons (chosen files go
 * to the send sheet first). Tab goes from the text to Send, then to attach and quick replies. Only layout
 * and bindings; the model decides everything.
 */
public final class ComposePane {

    private static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");

    private final ComposeViewModel model;
    private final I18n texts;
    private final TextArea input = new TextArea();
    private final VBox root;
    private File lastFolder;

    public ComposePane(ComposeViewModel model, I18n texts) {
        this.model = model;
        this.texts = texts;
        this.root = new VBox(6, input(), actions());
        root.getStyleClass().add("compose-pane");
        root.getStylesheets().add(ComposePane.class.getResource("compose.css").toExternalForm());
    }

    public Region root() {
        return root;
    }

    public void focusInput() {
        input.requestFocus();
    }

    private TextArea input() {
        input.setId("composeInput");
        input.getStyleClass().add("compose-input");
        input.promptTextProperty().bind(model.promptTextProperty());
        input.setAccessibleText(texts.text("compose.accessible"));
        input.setWrapText(true);
        input.textProperty().bindBidirectional(model.textProperty());
        input.disableProperty().bind(model.hasChatProperty().not());
        input.editableProperty().bind(model.sendingProperty().not());
        ComposeRows.install(input);
        ComposeKeys.install(input, model);
        return input;
    }

    private BorderPane actions() {
        Button attach = new Button(null, new FontIcon(Feather.PAPERCLIP));
        attach.setId("attachButton");
        attach.getStyleClass().addAll("flat", "button-icon");
        attach.setTooltip(new Tooltip(texts.text("compose.attach")));
        attach.setAccessibleText(texts.text("compose.attach"));
        attach.disableProperty().bind(model.hasChatProperty().not());
        attach.setOnAction(event -> chooseFiles());

        Label counter = new Label();
        counter.setId("composeCounter");
        counter.getStyleClass().add("compose-counter");
        counter.textProperty().bind(model.counterTextProperty());
        model.overLimitProperty().addListener((obs, old, over) -> counter.pseudoClassStateChanged(OVER_LIMIT, over));

        Label reason = new Label();
        reason.setId("sendBlockedReason");
        reason.getStyleClass().add("compose-reason");
        reason.textProperty().bind(model.sendBlockedReasonProperty());
        // An empty box needs no explanation; a too-long text or a send in progress does.
        reason.visibleProperty().bind(model.overLimitProperty().or(model.sendingProperty()));
        reason.managedProperty().bind(reason.visibleProperty());

        Label error = ErrorLine.bound("composeError", model.errorTextProperty());

        HBox tools = new HBox(8, attach, QuickReplyMenu.button(model, texts, input), counter, reason, error);
        tools.setAlignment(Pos.CENTER_LEFT);
        BorderPane actions = new BorderPane();
        // Tab follows the order of the children, and a BorderPane's children are in the order its places
        // were filled: Send first, so Tab from the text reaches it before attach and quick replies.
        StackPane send = sendButton();
        actions.setRight(send);
        actions.setCenter(tools);
        BorderPane.setAlignment(send, Pos.CENTER_RIGHT);
        BorderPane.setAlignment(tools, Pos.CENTER_LEFT);
        BorderPane.setMargin(tools, new Insets(0, 8, 0, 0));
        return actions;
    }

    private StackPane sendButton() {
        Button send = new Button(texts.text("compose.send"), new FontIcon(Feather.SEND));
        send.setId("sendButton");
        send.getStyleClass().add("accent");
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(event -> model.send());
        // A disabled control shows no tooltip, so the reason hangs on a wrapper around it.
        Tooltip why = new Tooltip();
        why.textProperty().bind(model.sendBlockedReasonProperty());
        StackPane wrapper = new StackPane(send);
        wrapper.setId("sendButtonHolder");
        model.canSendProperty().addListener((obs, old, can) -> {
            if (can) {
                Tooltip.uninstall(wrapper, why);
            } else {
                Tooltip.install(wrapper, why);
            }
        });
        if (!model.canSendProperty().get()) {
            Tooltip.install(wrapper, why);
        }
        return wrapper;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text("attach.chooser.title"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        lastFolder = chosen.get(0).getParentFile();
        model.sheet().addFiles(chosen.stream().map(File::toPath).toList());
    }
}
