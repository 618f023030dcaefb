package com.marketchats.view.compose;

import com.marketchats.viewmodel.compose.ComposeViewModel;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.io.File;

/**
 * The compose box's keys, as in Telegram Desktop: Enter sends and Shift+Enter adds a line (swapped when
 * the seller turned "Enter sends" off); Ctrl+Enter always sends. Tab and Shift+Tab move the focus on, as
 * in any other field, so a keyboard user is never held in the box; Ctrl+Tab types a tab character. Pasting
 * files or an image puts them into the send sheet instead of pasting their names.
 */
final class ComposeKeys {

    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");
    private static final KeyCombination PASTE_LEGACY = KeyCombination.keyCombination("Shift+Insert");
    private static final KeyCombination TAB = new KeyCodeCombination(KeyCode.TAB);
    private static final KeyCombination CTRL_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN);

    private final TextArea input;
    private final ComposeViewModel model;
    /** True while our own Ctrl+Tab travels to the text area's focus traversal. */
    private boolean movingOn;

    private ComposeKeys(TextArea input, ComposeViewModel model) {
        this.input = input;
        this.model = model;
    }

    static void install(TextArea input, ComposeViewModel model) {
        ComposeKeys keys = new ComposeKeys(input, model);
        input.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
    }

    private void pressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            enter(input, model, event);
        } else if (TAB.match(event)) {
            event.consume();
            moveOn(event);
        } else if (CTRL_TAB.match(event) && !movingOn) {
            event.consume();
            if (input.isEditable()) {
                input.replaceSelection("\t");
            }
        } else if ((PASTE.match(event) || PASTE_LEGACY.match(event)) && pasteAttachments(model)) {
            event.consume();
        }
    }

    /**
     * A text area takes Tab as a character and moves the focus on Ctrl+Tab (Shift+Tab already moves back);
     * JavaFX 21 has no public call that moves the focus as Tab would, so the area gets the Ctrl+Tab it
     * moves on with, and the whole window's order (list, conversation, compose, Send) is kept.
     */
    private void moveOn(KeyEvent tab) {
        movingOn = true;
        try {
            input.fireEvent(new KeyEvent(input, input, KeyEvent.KEY_PRESSED, tab.getCharacter(), tab.getText(),
                    KeyCode.TAB, false, true, false, false));
        } finally {
            movingOn = false;
        }
    }

    private static void enter(TextArea input, ComposeViewModel model, KeyEvent event) {
        boolean sendKey = event.isShortcutDown()
                || (model.enterSendsProperty().get() && !event.isShiftDown() && !event.isAltDown());
        if (sendKey) {
            model.send();
        } else {
            input.replaceSelection("\n");
        }
    }

    /** Puts the clipboard's files, or its image when it holds no text, into the send sheet; false leaves a normal paste. */
    private static boolean pasteAttachments(ComposeViewModel model) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            model.sheet().addFiles(clipboard.getFiles().stream().map(File::toPath).toList());
            return true;
        }
        // Office programs put a picture of copied cells next to their text: the text is what was meant.
        if (clipboard.hasImage() && !clipboard.hasString()) {
            Image image = clipboard.getImage();
            if (image == null || image.getPixelReader() == null) {
                return false;
            }
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            PixelReader reader = image.getPixelReader();
            reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            model.sheet().addImage(width, height, pixels);
            return true;
        }
        return false;
    }
}
