package com.marketchats.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text a reader cannot read in full on screen: a label, button, tab, menu item or cell whose
 * skin shows less than its text (an ellipsis, or lines left out of wrapped text), whose text runs
 * past its own edge, or a text field's prompt that runs past the field. Only what is shown counts:
 * nodes not visible are left out. Content that is shortened on purpose (a message preview in a row
 * of the chat list, with the whole text one click away) carries the style class {@code elides} and
 * is left out with everything under it.
 */
final class CutTexts {

    /** The style class of content shortened on purpose. */
    static final String ELIDES_ON_PURPOSE = "elides";

    private CutTexts() {
    }

    /** One line per cut text: its kind, id, the text it should show and what it shows. */
    static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible() || node.getStyleClass().contains(ELIDES_ON_PURPOSE)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, cut);
        } else if (node instanceof TextField field) {
            checkPrompt(field, cut);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static void checkLabeled(Labeled labeled, List<String> cut) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonics(text) : text;
        if (!shown.getText().equals(expected)) {
            cut.add(describe(labeled, text, "shows \u201c" + shown.getText() + "\u201d"));
            return;
        }
        Bounds textBounds = labeled.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
        if (textBounds.getMaxX() > labeled.getWidth() + 1 || textBounds.getMinX() < -1) {
            cut.add(describe(labeled, text, "runs past its edge: text " + Math.round(textBounds.getWidth())
                    + " px, control " + Math.round(labeled.getWidth()) + " px"));
        }
    }

    /**
     * The skin's text node: a direct child that is not the graphic (an icon font's glyph is a Text too),
     * so a label in the graphic is checked on its own.
     */
    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.isVisible() && child != labeled.getGraphic()) {
                return text;
            }
        }
        return null;
    }

    private static void checkPrompt(TextField field, List<String> cut) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || !field.getText().isEmpty() || field.getWidth() <= 0) {
            return;
        }
        Text promptNode = field.lookupAll(".text").stream()
                .filter(node -> node instanceof Text text && prompt.equals(text.getText()))
                .map(Text.class::cast).findFirst().orElse(null);
        if (promptNode == null || !promptNode.isVisible()) {
            return;
        }
        double right = field.localToScene(field.getLayoutBounds()).getMaxX() - field.getInsets().getRight();
        double promptRight = promptNode.localToScene(promptNode.getLayoutBounds()).getMaxX();
        if (promptRight > right + 1) {
            cut.add(describe(field, prompt, "the prompt runs " + Math.round(promptRight - right)
                    + " px past the field"));
        }
    }

    private static String withoutMnemonics(String text) {
        return text.replaceAll("_(.)", "$1");
    }

    private static String describe(Node node, String text, String problem) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        return node.getClass().getSimpleName() + id + " \u201c" + text + "\u201d " + problem;
    }
}
