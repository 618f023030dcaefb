package com.marketchats.view.conversation;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.conversation.AttachmentItem;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;

/**
 * An attached file inside a bubble: a thumbnail for images (a click shows it full size), an icon by kind,
 * name, size, Open and Save as…, and the same plus Copy link on a right click.
 */
final class AttachmentRows {

    private static final double THUMBNAIL_SIZE = 160;

    private final ConversationViewModel model;
    private final I18n texts;
    private final MessageMenus menus;
    private final ImageViewer viewer;

    AttachmentRows(ConversationViewModel model, I18n texts, MessageMenus menus) {
        this.model = model;
        this.texts = texts;
        this.menus = menus;
        this.viewer = new ImageViewer(model, texts);
    }

    Node row(AttachmentItem file) {
        FontIcon icon = new FontIcon(switch (file.kind()) {
            case IMAGE -> Feather.IMAGE;
            case PDF -> Feather.FILE_TEXT;
            case DOCUMENT -> Feather.FILE;
            case OTHER -> Feather.PAPERCLIP;
        });
        icon.getStyleClass().add("attachment-icon");
        Label name = ConversationCell.styled(new Label(file.name()), "attachment-name");
        Label size = ConversationCell.styled(new Label(file.sizeText()), "attachment-size");
        VBox description = new VBox(name, size);
        HBox.setHgrow(description, Priority.ALWAYS);
        Button open = new Button(texts.text("conversation.attachment.open"));
        open.getStyleClass().addAll("small", "openAttachment");
        open.setOnAction(event -> model.openAttachment(file));
        Button save = new Button(texts.text("conversation.attachment.saveAs"), new FontIcon(Feather.FOLDER));
        save.getStyleClass().addAll("small", "saveAttachment");
        save.setOnAction(event -> chooseFolderAndSave(save, file));
        open.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, icon, description, open, save);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(4);
        row.getStyleClass().add("attachment");
        if (file.isImage()) {
            row.getChildren().add(thumbnail(file));
        }
        row.getChildren().add(line);
        menus.install(row, file, () -> chooseFolderAndSave(row, file));
        return row;
    }

    private Node thumbnail(AttachmentItem file) {
        ImageView view = new ImageView();
        view.getStyleClass().add("thumbnail");
        view.setPreserveRatio(true);
        view.setFitWidth(THUMBNAIL_SIZE);
        view.setFitHeight(THUMBNAIL_SIZE);
        view.setOnMouseClicked(event -> viewer.show(file, view.getScene().getWindow()));
        model.thumbnail(file, path -> {
            if (path != null) {
                view.setImage(new Image(path.toUri().toString(), THUMBNAIL_SIZE, THUMBNAIL_SIZE, true, true, true));
            }
        });
        // The box keeps its height while the image loads, so the rows below do not jump.
        StackPane box = new StackPane(view);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinHeight(THUMBNAIL_SIZE);
        box.setPrefHeight(THUMBNAIL_SIZE);
        return box;
    }

    private void chooseFolderAndSave(Node owner, AttachmentItem file) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.text("conversation.attachment.saveAs.title", file.name()));
        File folder = chooser.showDialog(owner.getScene().getWindow());
        if (folder != null) {
            model.saveAttachment(file, folder.toPath());
        }
    }
}
