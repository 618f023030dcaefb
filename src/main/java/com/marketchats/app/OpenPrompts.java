package com.marketchats.app;

import com.marketchats.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The questions and messages around opening: a link outside Yandex Market, a received file that can run
 * code, and "could not open" with Copy link and Show in folder. They never block the FX thread.
 */
final class OpenPrompts {

    private final Window owner;
    private final I18n texts;

    OpenPrompts(Window owner, I18n texts) {
        this.owner = owner;
        this.texts = texts;
    }

    void confirmLink(String url, Runnable open) {
        confirm("linkPrompt", texts.text("open.link.title"), texts.text("open.link.question", url),
                texts.text("open.link.open"), open);
    }

    void confirmRunnable(Path file, String extension, Runnable open) {
        confirm("runnablePrompt", texts.text("open.runnable.title"),
                texts.text("open.runnable.question", file.getFileName(), "." + extension),
                texts.text("open.runnable.open"), open);
    }

    /** @param file the downloaded file, or null for a link (then there is no folder to show) */
    void cannotOpen(String target, Path file, Consumer<Path> showFolder) {
        ButtonType copy = new ButtonType(texts.text(file == null ? "open.failed.copyLink" : "open.failed.copyPath"),
                ButtonData.LEFT);
        ButtonType folder = new ButtonType(texts.text("open.failed.showFolder"), ButtonData.OTHER);
        ButtonType close = new ButtonType(texts.text("open.failed.close"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert("cannotOpenPrompt", Alert.AlertType.WARNING, texts.text("open.failed.title"),
                texts.text(file == null ? "open.failed.link" : "open.failed.file", target));
        alert.getButtonTypes().setAll(file == null ? new ButtonType[] {copy, close} : new ButtonType[] {copy, folder, close});
        alert.getDialogPane().lookupButton(copy).setId("copyTarget");
        if (file != null) {
            alert.getDialogPane().lookupButton(folder).setId("showInFolder");
        }
        alert.setOnHidden(event -> {
            if (alert.getResult() == copy) {
                ClipboardContent content = new ClipboardContent();
                content.putString(target);
                Clipboard.getSystemClipboard().setContent(content);
            } else if (alert.getResult() == folder) {
                showFolder.accept(file);
            }
        });
        alert.show();
    }

    private void confirm(String id, String title, String question, String openText, Runnable open) {
        ButtonType proceed = new ButtonType(openText, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.text("open.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(id, Alert.AlertType.CONFIRMATION, title, question);
        alert.getButtonTypes().setAll(cancel, proceed);
        alert.getDialogPane().lookupButton(proceed).setId("openAnyway");
        // Cancel is the default: Enter must not run a stranger's file or follow a stranger's link.
        ((Button) alert.getDialogPane().lookupButton(proceed)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.setOnHidden(event -> {
            if (alert.getResult() == proceed) {
                open.run();
            }
        });
        alert.show();
    }

    private Alert alert(String id, Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(text);
        alert.getDialogPane().setId(id);
        return alert;
    }
}
