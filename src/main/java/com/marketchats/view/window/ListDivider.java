package com.marketchats.view.window;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The divider between the chat list and the conversation. The seller drags it; as the window grows or
 * shrinks, the list keeps its share of the width (SplitPane's own behaviour once the list is resizable
 * with its parent), never narrower than a row needs nor wider than half the window.
 */
public final class ListDivider {

    /** Where the divider stands until the seller moves it: a third for the list. */
    public static final double DEFAULT_POSITION = 0.33;
    static final double LIST_MIN_WIDTH = 320;
    static final double LIST_MAX_SHARE = 0.5;

    private ListDivider() {
    }

    /**
     * The list and the conversation side by side, the divider at {@code position} and reported back to
     * it as the seller drags.
     */
    public static SplitPane split(Region list, Region conversation, DoubleProperty position) {
        SplitPane panes = new SplitPane(list, conversation);
        panes.setId("listDivider");
        list.setMinWidth(LIST_MIN_WIDTH);
        list.maxWidthProperty().bind(panes.widthProperty().multiply(LIST_MAX_SHARE));
        panes.setDividerPositions(position.get());
        panes.getDividers().get(0).positionProperty().addListener((property, old, now) -> {
            // Before its first layout the pane is 0 px wide and clamps the position to nonsense.
            if (panes.getWidth() > 0) {
                position.set(now.doubleValue());
            }
        });
        return panes;
    }
}
