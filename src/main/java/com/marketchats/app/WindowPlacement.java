package com.marketchats.app;

import com.marketchats.service.settings.WindowLayout.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where the main window opens and how small it may get, from the screens' visual bounds (the screen
 * without task bars and docks). Pure arithmetic, so that any screen can be tried in a unit test.
 */
final class WindowPlacement {

    /** The smallest size at which the list shows a screenful of chats beside a readable conversation. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /** A first start takes this share of the screen, but no more than {@link #MAX_FIRST_WIDTH} × {@link #MAX_FIRST_HEIGHT}. */
    static final double FIRST_SHARE = 0.8;
    static final double MAX_FIRST_WIDTH = 1440;
    static final double MAX_FIRST_HEIGHT = 900;

    private WindowPlacement() {
    }

    /** The minimum size, but never larger than the screen: a small laptop must still fit the whole window. */
    static Dimension2D minimumSize(Rectangle2D screen) {
        return new Dimension2D(Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }

    /** A first start: about 80% of the screen, capped, never below the minimum, centred. */
    static Rectangle2D firstStart(Rectangle2D screen) {
        Dimension2D min = minimumSize(screen);
        double width = Math.max(min.getWidth(), Math.min(screen.getWidth() * FIRST_SHARE, MAX_FIRST_WIDTH));
        double height = Math.max(min.getHeight(), Math.min(screen.getHeight() * FIRST_SHARE, MAX_FIRST_HEIGHT));
        return centred(screen, width, height);
    }

    /**
     * A remembered window: its size fitted to the screen it is on (a screen may have got smaller since),
     * at its place when that is on some screen, else centred on the primary screen.
     *
     * @param screenOf the visual bounds of a screen the rectangle touches; empty when it is off every screen
     */
    static Rectangle2D restored(Bounds saved, Rectangle2D primary, Function<Rectangle2D, Optional<Rectangle2D>> screenOf) {
        if (saved == null) {
            return firstStart(primary);
        }
        Rectangle2D wanted = new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height());
        Optional<Rectangle2D> screen = screenOf.apply(wanted);
        Rectangle2D fitTo = screen.orElse(primary);
        Dimension2D min = minimumSize(fitTo);
        double width = clamp(saved.width(), min.getWidth(), fitTo.getWidth());
        double height = clamp(saved.height(), min.getHeight(), fitTo.getHeight());
        return screen.isPresent() ? new Rectangle2D(saved.x(), saved.y(), width, height)
                : centred(primary, width, height);
    }

    private static Rectangle2D centred(Rectangle2D screen, double width, double height) {
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
