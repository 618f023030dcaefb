package com.marketchats.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Puts back the size a new window was shown with when the toolkit shrinks it right after showing.
 * JavaFX 21 on GTK (seen under openbox) resizes a new window to GTK's default 200×200, or to its
 * minimum size, once the window manager reports the frame: that is why every start opened at the
 * minimum. The guard holds only for {@link #SETTLE} after showing and until the seller presses a
 * mouse button in the window; a size change after that is the seller's own.
 */
final class ShownSizeGuard {

    static final Duration SETTLE = Duration.seconds(2);
    /** Rounding of the frame's size by the window manager that is not a shrink. */
    private static final double SLACK = 2;

    private final Stage stage;
    private final double width;
    private final double height;
    private final InvalidationListener resized = property -> putBackIfShrunk();
    private final EventHandler<MouseEvent> sellerActs = event -> stop();
    private boolean guarding = true;

    private ShownSizeGuard(Stage stage) {
        this.stage = stage;
        this.width = stage.getWidth();
        this.height = stage.getHeight();
    }

    /** Call after the stage got its size and before it is shown; a maximised stage needs no guard. */
    static void install(Stage stage) {
        if (stage.isMaximized()) {
            return;
        }
        ShownSizeGuard guard = new ShownSizeGuard(stage);
        stage.widthProperty().addListener(guard.resized);
        stage.heightProperty().addListener(guard.resized);
        stage.addEventFilter(MouseEvent.MOUSE_PRESSED, guard.sellerActs);
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(event -> guard.stop());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> settle.play());
    }

    private void putBackIfShrunk() {
        if (guarding && !stage.isMaximized()
                && (stage.getWidth() < width - SLACK || stage.getHeight() < height - SLACK)) {
            Platform.runLater(() -> {
                if (guarding && !stage.isMaximized()) {
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            });
        }
    }

    private void stop() {
        guarding = false;
        stage.widthProperty().removeListener(resized);
        stage.heightProperty().removeListener(resized);
        stage.removeEventFilter(MouseEvent.MOUSE_PRESSED, sellerActs);
    }
}
