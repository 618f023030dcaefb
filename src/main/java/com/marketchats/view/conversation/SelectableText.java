package com.marketchats.view.conversation;

import com.marketchats.viewmodel.conversation.TextRuns;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.function.Consumer;

/**
 * A message's text that can be selected with the mouse (drag, Shift+click, double-click for all) and the
 * keyboard (Shift+arrows, Home/End, Ctrl+A) and copied (Ctrl+C or the message's menu); http/https links
 * in it are clickable. A TextFlow does the wrapping and tells which character is under the mouse.
 */
final class SelectableText {

    private final String text;
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final StackPane root;
    private int anchor;
    private int caret;

    /** @param linkOpener receives the address of a clicked link */
    SelectableText(String text, Consumer<String> linkOpener) {
        this.text = text;
        for (TextRuns.Run run : TextRuns.of(text)) {
            Text piece = new Text(run.text());
            piece.getStyleClass().add(run.isLink() ? "message-link" : "message-text");
            if (run.isLink()) {
                piece.setCursor(Cursor.HAND);
                piece.setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && !hasSelection()) {
                        linkOpener.accept(run.link());
                    }
                });
            }
            flow.getChildren().add(piece);
        }
        flow.setCursor(Cursor.TEXT);
        highlight.getStyleClass().add("selection-highlight");
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        root = new StackPane(highlight, flow);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("bubble-text");
        root.setMinHeight(Region.USE_PREF_SIZE);
        // Reached by a click, not by Tab: Tab should not stop at every message of a long chat.
        root.setFocusTraversable(false);
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        flow.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> select(anchor, indexAt(event)));
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        root.focusedProperty().addListener((property, was, focused) -> {
            // Another control taking the focus ends the selection; a context menu or another window does not.
            if (!focused && root.getScene() != null && root.getScene().getFocusOwner() != root) {
                select(caret, caret);
            }
        });
    }

    Region root() {
        return root;
    }

    String selectedText() {
        return text.substring(Math.min(anchor, caret), Math.max(anchor, caret));
    }

    boolean hasSelection() {
        return anchor != caret;
    }

    void selectAll() {
        select(0, text.length());
    }

    /** The selection, or the whole text when nothing is selected: what Copy takes. */
    String selectedOrAll() {
        return hasSelection() ? selectedText() : text;
    }

    private void pressed(MouseEvent event) {
        // The list would take any press for selecting its row and the focus with it, ending the selection
        // before a right click's menu could copy it.
        event.consume();
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        root.requestFocus();
        int index = indexAt(event);
        if (event.getClickCount() >= 2) {
            selectAll();
        } else {
            select(event.isShiftDown() ? anchor : index, index);
        }
    }

    private void keyPressed(KeyEvent event) {
        boolean shortcut = event.isShortcutDown();
        if (shortcut && event.getCode() == KeyCode.C) {
            MessageMenus.toClipboard(selectedOrAll());
        } else if (shortcut && event.getCode() == KeyCode.A) {
            selectAll();
        } else if (event.isShiftDown() && event.getCode() == KeyCode.LEFT) {
            select(anchor, Math.max(0, caret - 1));
        } else if (event.isShiftDown() && event.getCode() == KeyCode.RIGHT) {
            select(anchor, Math.min(text.length(), caret + 1));
        } else if (event.isShiftDown() && event.getCode() == KeyCode.HOME) {
            select(anchor, 0);
        } else if (event.isShiftDown() && event.getCode() == KeyCode.END) {
            select(anchor, text.length());
        } else {
            return;
        }
        event.consume();
    }

    private int indexAt(MouseEvent event) {
        Point2D point = flow.sceneToLocal(event.getSceneX(), event.getSceneY());
        return Math.max(0, Math.min(text.length(), flow.hitTest(point).getInsertionIndex()));
    }

    private void select(int from, int to) {
        anchor = from;
        caret = to;
        highlight.getElements().setAll(from == to ? new PathElement[0]
                : flow.rangeShape(Math.min(from, to), Math.max(from, to)));
    }
}
