package com.marketchats.view.compose;

import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps the compose box between two and eight rows high as its text grows and shrinks; a longer text
 * scrolls inside. Rows are counted as the box shows them, wrapped lines included, not only line breaks.
 *
 * <p>The count comes from a Text of the box's font wrapped at the width the box's own text wraps at (its
 * "content" region, less that region's padding), so the box takes its new height in the same layout pass
 * as the keystroke that needs it: no frame with a scroll bar, no text jumping up and back.
 */
final class ComposeRows {

    static final int MIN_ROWS = 2;
    static final int MAX_ROWS = 8;
    /** Measured for the height of one row; never shown. */
    private static final String ONE_ROW = "X";

    private final TextArea input;
    private final Text probe = new Text();
    private Region content;
    private Font sizedFor;

    private ComposeRows(TextArea input) {
        this.input = input;
    }

    static void install(TextArea input) {
        ComposeRows rows = new ComposeRows(input);
        input.setPrefRowCount(MIN_ROWS);
        input.skinProperty().addListener((property, old, skin) -> rows.content = null);
        input.textProperty().addListener((property, old, text) -> rows.update());
        input.fontProperty().addListener((property, old, font) -> rows.update());
        // The skin builds its content region only once the box is laid out for the first time.
        input.widthProperty().addListener((property, old, width) -> rows.update());
    }

    private void update() {
        if (content == null && input.lookup(".content") instanceof Region found) {
            content = found;
            // The wrap width changes with the window and when the scroll bar comes or goes.
            content.widthProperty().addListener((property, old, width) -> update());
        }
        if (content == null || content.getWidth() <= 0) {
            return;
        }
        probe.setFont(input.getFont());
        probe.setWrappingWidth(content.getWidth() - content.snappedLeftInset() - content.snappedRightInset());
        probe.setText(ONE_ROW);
        double lineHeight = probe.getLayoutBounds().getHeight();
        String text = input.getText();
        probe.setText(text == null || text.isEmpty() ? ONE_ROW : text);
        int rows = Math.max(MIN_ROWS, Math.min(MAX_ROWS,
                (int) Math.round(probe.getLayoutBounds().getHeight() / lineHeight)));
        if (!input.getFont().equals(sizedFor)) {
            // The text area works out its height only when the row count changes, with the line height
            // of its font at that moment (the default one, before the style sheet's was applied): take the
            // count through another value so the height is worked out again with this font.
            sizedFor = input.getFont();
            input.setPrefRowCount(rows == MIN_ROWS ? MAX_ROWS : MIN_ROWS);
        }
        input.setPrefRowCount(rows);
    }
}
