package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.window.RecoveryNotice;
import com.marketchats.viewmodel.window.RecoveryNotices;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One banner per thing the app recovered, under the demo banner: what happened in plain words, a button
 * to the folder where the damaged file was put, and a close button. They stay until the seller closes them.
 */
public final class RecoveryBanners {

    private final VBox root = new VBox();
    private final RecoveryNotices notices;
    private final I18n texts;
    private final Consumer<Path> openFolder;

    public RecoveryBanners(RecoveryNotices notices, I18n texts, Consumer<Path> openFolder) {
        this.notices = notices;
        this.texts = texts;
        this.openFolder = openFolder;
        root.setId("recoveryBanners");
        notices.shown().addListener((ListChangeListener<RecoveryNotice>) change -> rebuild());
        rebuild();
    }

    public Region root() {
        return root;
    }

    private void rebuild() {
        root.getChildren().setAll(notices.shown().stream().map(this::banner).toList());
    }

    private HBox banner(RecoveryNotice notice) {
        Label text = new Label(notice.text());
        text.getStyleClass().add("recovery-banner-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox banner = new HBox(12, text);
        notice.folder().ifPresent(folder -> {
            Button show = new Button(texts.text("recovery.showFolder"));
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setOnAction(event -> openFolder.accept(folder));
            banner.getChildren().add(show);
        });
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll("flat", "recovery-banner-close");
        close.setAccessibleText(texts.text("recovery.dismiss"));
        close.setTooltip(new Tooltip(texts.text("recovery.dismiss")));
        close.setOnAction(event -> notices.dismiss(notice));
        banner.getChildren().add(close);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("recovery-banner");
        return banner;
    }
}
