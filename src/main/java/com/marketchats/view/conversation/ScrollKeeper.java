package com.marketchats.view.conversation;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Keeps a chat list where the reader expects it while rows come and go: at the bottom when it was there,
 * on the same row when older rows are inserted above, and tells when the top or the bottom is reached.
 *
 * <p>Positions are read from the cells the VirtualFlow has laid out, not from its scroll bar: with rows
 * of different heights the bar's value is only an estimate (openjdk/jfx JDK-8277785, JDK-8306447).
 * Restoring waits for the list to take in the change (runLater, then a forced layout), and the
 * position reports in between are ignored so that a half-done layout never counts as "scrolled up";
 * a new position is judged after the next layout pass, once the cells have moved.
 */
final class ScrollKeeper<T> {

    /** How far (in pixels) from an edge still counts as being at it. */
    private static final double SLACK = 2;
    /** Layout passes allowed for reaching the bottom when the flow's height estimates are off. */
    private static final int MAX_PASSES = 4;
    /** Pulses to wait for a list that is not laid out yet (just made visible, or sized) before giving up the bottom. */
    private static final int MAX_PULSES = 5;

    private final ListView<T> list;
    private final Runnable onTop;
    private final ReadOnlyBooleanWrapper atBottom = new ReadOnlyBooleanWrapper(true);
    private VirtualFlow<?> flow;
    private boolean restoring;
    private boolean evaluationPending;
    /** A place {@link #returnTo} asked for that the rows do not reach yet. */
    private Return<T> pendingReturn;

    /** A row named by a key that outlives the row objects, and how far (px) its top lies above the list's top. */
    record Place(long key, double hiddenAbove) {
    }

    private record Return<R>(Place place, Function<? super R, Long> key, BooleanSupplier olderToLoad) {
    }

    /** @param onTop called whenever the first row is fully in sight (the caller loads older rows) */
    ScrollKeeper(ListView<T> list, Runnable onTop) {
        this.list = list;
        this.onTop = onTop;
        list.skinProperty().addListener((property, old, skin) -> Platform.runLater(this::attachToFlow));
        list.getItems().addListener((ListChangeListener<T>) change -> beforeLayout());
        list.heightProperty().addListener((property, old, height) -> keepAfterLayout());
    }

    /** Whether the last row is in sight; the view reports it to the view-model. */
    ReadOnlyBooleanProperty atBottomProperty() {
        return atBottom.getReadOnlyProperty();
    }

    /** Shows the last row and stays there as rows are added. */
    void scrollToBottom() {
        atBottom.set(true);
        keepAfterLayout();
    }

    /**
     * Where the reader is: the first row in sight that {@code key} names (null for rows it cannot name);
     * empty at the bottom, where a list opens anyway.
     */
    Optional<Place> place(Function<? super T, Long> key) {
        if (flow == null || atBottom.get() || flow.getFirstVisibleCell() == null) {
            return Optional.empty();
        }
        int last = flow.getLastVisibleCell().getIndex();
        for (int index = flow.getFirstVisibleCell().getIndex(); index <= last; index++) {
            IndexedCell<?> cell = flow.getVisibleCell(index);
            Long named = cell == null ? null : key.apply(list.getItems().get(index));
            if (named != null) {
                return Optional.of(new Place(named, -cell.getLayoutY()));
            }
        }
        return Optional.empty();
    }

    /**
     * Scrolls to {@code place} once the rows hold it. Until then the list stays at its top, which makes
     * the owner load older rows; when {@code olderToLoad} says there are none, the place is given up.
     */
    void returnTo(Place place, Function<? super T, Long> key, BooleanSupplier olderToLoad) {
        pendingReturn = new Return<>(place, key, olderToLoad);
        atBottom.set(false);
        if (!list.getItems().isEmpty()) {
            keepAfterLayout();
        }
    }

    private void attachToFlow() {
        if (flow == null && list.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found;
            list.getScene().addPostLayoutPulseListener(this::afterLayout);
            flow.positionProperty().addListener((property, old, position) -> evaluateAfterLayout());
            keepAfterLayout();
        }
    }

    /** Called while the items change, before the flow has seen it: note what to keep in sight. */
    private void beforeLayout() {
        if (restoring || flow == null) {
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        Object anchor = atBottom.get() || first == null ? null : first.getItem();
        double offset = first == null ? 0 : first.getLayoutY();
        restoring = true;
        Platform.runLater(() -> restore(anchor, offset));
    }

    private void keepAfterLayout() {
        if (restoring || flow == null) {
            return;
        }
        restoring = true;
        Platform.runLater(() -> restore(null, 0));
    }

    private void restore(Object anchor, double offset) {
        restore(anchor, offset, 0);
    }

    private void restore(Object anchor, double offset, int pulse) {
        list.layout();
        int size = list.getItems().size();
        int index = anchor == null ? -1 : list.getItems().indexOf(anchor);
        double hiddenAbove = -offset;
        if (pendingReturn != null && size > 0) {
            int found = indexOfPendingReturn();
            if (found >= 0 || pendingReturn.olderToLoad().getAsBoolean()) {
                atBottom.set(false);
                index = Math.max(found, 0);
                hiddenAbove = found >= 0 ? pendingReturn.place().hiddenAbove() : 0;
            } else {
                atBottom.set(true);
            }
            if (found >= 0 || atBottom.get()) {
                pendingReturn = null;
            }
        }
        if (atBottom.get() && size > 0) {
            // scrollTo works on estimated cell heights: each pass lays out real cells nearer the end, and
            // the last one is then aligned with the bottom edge; a few passes settle it.
            for (int pass = 0; pass < MAX_PASSES && !lastRowWhole(size); pass++) {
                flow.scrollTo(size - 1);
                list.layout();
                alignToBottom(flow, size - 1);
                list.layout();
            }
            if (!lastRowWhole(size) && pulse < MAX_PULSES) {
                // the list has not been laid out with its real size yet (it was hidden until this chat
                // opened): try again on the next pulse rather than take "not at the bottom" for the answer
                Platform.runLater(() -> restore(null, 0, pulse + 1));
                return;
            }
        } else if (index >= 0) {
            flow.scrollToTop(index);
            flow.scrollPixels(hiddenAbove);
        }
        list.layout();
        restoring = false;
        evaluate();
    }

    private int indexOfPendingReturn() {
        for (int index = 0; index < list.getItems().size(); index++) {
            Long key = pendingReturn.key().apply(list.getItems().get(index));
            if (key != null && key == pendingReturn.place().key()) {
                return index;
            }
        }
        return -1;
    }

    /** The flow moves its cells in the layout after it announces a new position: look once they are in place. */
    private void evaluateAfterLayout() {
        evaluationPending = true;
        Platform.requestNextPulse();
    }

    /**
     * After each layout: a moved position is judged; an unmoved one that was at the bottom and no longer
     * is (a cell grew: a thumbnail, a file's bubble replacing its upload) is taken back to the bottom.
     */
    private void afterLayout() {
        if (evaluationPending) {
            evaluationPending = false;
            evaluate();
            return;
        }
        int size = list.getItems().size();
        if (atBottom.get() && !restoring && flow != null && size > 0 && !lastRowWhole(size)) {
            keepAfterLayout();
        }
    }

    private boolean lastRowWhole(int size) {
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last != null && last.getIndex() == size - 1
                && last.getLayoutY() + last.getHeight() <= flow.getHeight() + SLACK;
    }

    private static <C extends IndexedCell<?>> void alignToBottom(VirtualFlow<C> flow, int index) {
        C cell = flow.getVisibleCell(index);
        if (cell != null) {
            flow.scrollToBottom(cell);
        }
    }

    private void evaluate() {
        if (restoring || flow == null) {
            return;
        }
        int size = list.getItems().size();
        IndexedCell<?> first = flow.getFirstVisibleCell();
        atBottom.set(size == 0 || lastRowWhole(size));
        if (size > 0 && first != null && first.getIndex() == 0 && first.getLayoutY() >= -SLACK) {
            onTop.run();
        }
    }
}
