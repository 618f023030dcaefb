package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.window.WindowNotice;
import com.marketchats.viewmodel.window.WindowNotices;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One banner per notice, under the demo banner: what happened in plain words; for a recovery a button to
 * the folder where the damaged file was put; for an error "Copy details" and "Open log folder"; for a
 * refused API key "Replace API key"; and a close button. They stay until the seller closes them; none of them blocks the window.
 */
public final class NoticeBanners {

    private final VBox root = new VBox();
    private final WindowNotices notices;
    private final I18n texts;
    private final Consumer<Path> openFolder;
    private final Consumer<String> replaceKey;

    /** @param replaceKey asks for a new key for the cabinet with this account id */
    public NoticeBanners(WindowNotices notices, I18n texts, Consumer<Path> openFolder, Consumer<String> replaceKey) {
        this.notices = notices;
        this.texts = texts;
        this.openFolder = openFolder;
        this.replaceKey = replaceKey;
        root.setId("noticeBanners");
        notices.shown().addListener((ListChangeListener<WindowNotice>) change -> rebuild());
        rebuild();
    }

    public Region root() {
        return root;
    }

    private void rebuild() {
        root.getChildren().setAll(notices.shown().stream().map(this::banner).toList());
    }

    private HBox banner(WindowNotice notice) {
        boolean error = notice.kind() == WindowNotice.Kind.ERROR;
        boolean keyRefused = notice.kind() == WindowNotice.Kind.KEY_REFUSED;
        Label text = new Label(notice.text());
        text.getStyleClass().add("notice-banner-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setGraphic(new FontIcon(error ? Feather.ALERT_OCTAGON : keyRefused ? Feather.KEY : Feather.ALERT_TRIANGLE));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox banner = new HBox(12, text);
        notice.keyAccountId().ifPresent(accountId -> banner.getChildren().add(
                button(texts.text("notice.replaceKey"), "replaceKey", () -> replaceKey.accept(accountId))));
        notice.details().ifPresent(details -> banner.getChildren().add(
                button(texts.text("notice.copyDetails"), "copyDetails", () -> copy(details))));
        notice.folder().ifPresent(folder -> banner.getChildren().add(
                button(texts.text(error ? "notice.openLogFolder" : "notice.showFolder"), "openFolder",
                        () -> openFolder.accept(folder))));
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().add("flat");
        close.setAccessibleText(texts.text("notice.dismiss"));
        close.setTooltip(new Tooltip(texts.text("notice.dismiss")));
        close.setOnAction(event -> notices.dismiss(notice));
        banner.getChildren().add(close);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("notice-banner", error || keyRefused ? "notice-error" : "notice-recovery");
        return banner;
    }

    private static Button button(String label, String styleClass, Runnable action) {
        Button button = new Button(label);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().add(styleClass);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static void copy(String details) {
        ClipboardContent content = new ClipboardContent();
        content.putString(details);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
