package com.marketchats.view.window;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The divider between the chat list and the conversation. The seller drags it; as the window grows or
 * shrinks, the list keeps its share of the width, never narrower than a row needs nor wider than half
 * the window.
 */
public final class ListDivider {

    /** Where the divider stands until the seller moves it: a third for the list. */
    public static final double DEFAULT_POSITION = 0.33;
    static final double LIST_MIN_WIDTH = 320;
    static final double LIST_MAX_SHARE = 0.5;

    private final SplitPane panes;
    private final DoubleProperty share;
    private boolean dragging;

    private ListDivider(SplitPane panes, DoubleProperty share) {
        this.panes = panes;
        this.share = share;
    }

    /**
     * The list and the conversation side by side, the divider at {@code share} (of the width) and
     * reporting back to it where the seller drags it.
     */
    public static SplitPane split(Region list, Region conversation, DoubleProperty share) {
        SplitPane panes = new SplitPane(list, conversation);
        panes.setId("listDivider");
        list.setMinWidth(LIST_MIN_WIDTH);
        list.maxWidthProperty().bind(panes.widthProperty().multiply(LIST_MAX_SHARE));
        panes.setDividerPositions(share.get());
        new ListDivider(panes, share).follow();
        return panes;
    }

    private void follow() {
        panes.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> dragging = onDivider(event));
        panes.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> dragging = false);
        panes.getDividers().get(0).positionProperty().addListener((property, old, position) -> {
            if (dragging) {
                share.set(position.doubleValue());
            }
        });
        // SplitPane spreads a change of width over its panes by their sizes, not by the divider's share, so
        // the share would drift as the window is resized or maximised: put it back once that layout is done.
        panes.widthProperty().addListener((property, old, width) ->
                Platform.runLater(() -> panes.setDividerPositions(share.get())));
    }

    private boolean onDivider(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != panes; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
