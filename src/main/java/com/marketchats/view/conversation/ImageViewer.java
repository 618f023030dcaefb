package com.marketchats.view.conversation;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.conversation.AttachmentItem;
import com.marketchats.viewmodel.conversation.ConversationItem.MessageBubble;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The chat's images at full size in a window of the app's own: ← and → step through the chat's images,
 * Esc closes. Each image comes from the same local copy the thumbnail uses.
 */
final class ImageViewer {

    private final ConversationViewModel model;
    private final I18n texts;
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    private List<AttachmentItem> images = List.of();
    private int shown;

    ImageViewer(ConversationViewModel model, I18n texts) {
        this.model = model;
        this.texts = texts;
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("imageViewerImage");
        caption.setId("imageViewerCaption");
        caption.getStyleClass().add("image-viewer-caption");
    }

    void show(AttachmentItem first, Window owner) {
        images = model.items().stream().filter(MessageBubble.class::isInstance).map(MessageBubble.class::cast)
                .flatMap(message -> message.attachments().stream()).filter(AttachmentItem::isImage).toList();
        shown = Math.max(0, images.indexOf(first));
        StackPane picture = new StackPane(view);
        picture.getStyleClass().add("image-viewer");
        BorderPane root = new BorderPane(picture);
        root.setId("imageViewer");
        root.setBottom(caption);
        BorderPane.setAlignment(caption, Pos.CENTER);
        root.getStylesheets().add(ImageViewer.class.getResource("conversation.css").toExternalForm());
        view.fitWidthProperty().bind(picture.widthProperty());
        view.fitHeightProperty().bind(picture.heightProperty());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root, Math.max(480, owner.getWidth() * 0.8), Math.max(360, owner.getHeight() * 0.8));
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT) {
                step(event.getCode() == KeyCode.LEFT ? -1 : 1);
            }
        });
        stage.setScene(scene);
        showCurrent(stage);
        stage.show();
    }

    private void step(int by) {
        int next = shown + by;
        if (next >= 0 && next < images.size()) {
            shown = next;
            showCurrent((Stage) view.getScene().getWindow());
        }
    }

    private void showCurrent(Stage stage) {
        if (images.isEmpty()) {
            return;
        }
        AttachmentItem image = images.get(shown);
        stage.setTitle(image.name());
        caption.setText(texts.text("conversation.viewer.caption", image.name(), shown + 1, images.size()));
        view.setImage(null);
        model.thumbnail(image, path -> {
            if (images.indexOf(image) != shown) {
                return;
            }
            if (path == null) {
                caption.setText(texts.text("conversation.viewer.failed", image.name()));
            } else {
                view.setImage(new Image(path.toUri().toString(), true));
            }
        });
    }
}
