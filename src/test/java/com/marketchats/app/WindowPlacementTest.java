package com.marketchats.app;

import com.marketchats.service.settings.WindowLayout.Bounds;
import javafx.geometry.Rectangle2D;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    /** A 1920×1080 monitor with a 40 px task bar. */
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    /** A 1366×768 laptop with a 28 px panel on top. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 28, 1366, 740);
    private static final Rectangle2D SECOND_MONITOR = new Rectangle2D(1920, 0, 2560, 1400);

    @Test
    void aFirstStartTakesEightyPercentOfTheScreenCentred() {
        Rectangle2D placed = WindowPlacement.firstStart(FULL_HD);

        assertThat(placed.getWidth()).isEqualTo(1440, within());
        assertThat(placed.getHeight()).isEqualTo(832, within());
        assertThat(placed.getMinX()).isEqualTo((1920 - 1440) / 2.0, within());
        assertThat(placed.getMinY()).isEqualTo((1040 - 832) / 2.0, within());
    }

    @Test
    void aFirstStartOnALargeScreenStopsAt1440By900() {
        Rectangle2D placed = WindowPlacement.firstStart(new Rectangle2D(0, 0, 2560, 1400));

        assertThat(placed.getWidth()).isEqualTo(1440, within());
        assertThat(placed.getHeight()).isEqualTo(900, within());
        assertThat(placed.getMinX()).isEqualTo(560, within());
        assertThat(placed.getMinY()).isEqualTo(250, within());
    }

    @Test
    void aFirstStartOnALaptopIsNeverBelowTheMinimum() {
        Rectangle2D placed = WindowPlacement.firstStart(LAPTOP);

        assertThat(placed.getWidth()).as("80% of 1366").isEqualTo(1092.8, within());
        assertThat(placed.getHeight()).as("the minimum, more than 80% of 740").isEqualTo(700, within());
        assertThat(placed.getMinY()).as("centred below the panel").isEqualTo(28 + 20, within());
    }

    @Test
    void theMinimumNeverExceedsASmallScreen() {
        Rectangle2D netbook = new Rectangle2D(0, 0, 1000, 560);

        assertThat(WindowPlacement.minimumSize(netbook).getWidth()).isEqualTo(1000, within());
        assertThat(WindowPlacement.minimumSize(netbook).getHeight()).isEqualTo(560, within());
        assertThat(WindowPlacement.minimumSize(FULL_HD).getWidth()).isEqualTo(1024, within());
        assertThat(WindowPlacement.minimumSize(FULL_HD).getHeight()).isEqualTo(700, within());
        Rectangle2D placed = WindowPlacement.firstStart(netbook);
        assertThat(placed).isEqualTo(netbook);
    }

    @Test
    void aRememberedPlaceOnSomeScreenIsKept() {
        Bounds saved = new Bounds(2100, 90, 1500, 1000);

        Rectangle2D placed = WindowPlacement.restored(saved, FULL_HD, screens(FULL_HD, SECOND_MONITOR));

        assertThat(placed).isEqualTo(new Rectangle2D(2100, 90, 1500, 1000));
    }

    @Test
    void aRememberedPlaceOffEveryScreenIsCentredOnThePrimaryOne() {
        Bounds saved = new Bounds(2100, 90, 1500, 1000);

        Rectangle2D placed = WindowPlacement.restored(saved, FULL_HD, screens(FULL_HD));

        assertThat(placed).isEqualTo(new Rectangle2D(210, 20, 1500, 1000));
    }

    @Test
    void aRememberedSizeIsFittedToTheScreenItIsOn() {
        Bounds tooLarge = new Bounds(0, 28, 1900, 1000);
        Bounds tooSmall = new Bounds(10, 40, 600, 400);

        assertThat(WindowPlacement.restored(tooLarge, LAPTOP, screens(LAPTOP)))
                .isEqualTo(new Rectangle2D(0, 28, 1366, 740));
        assertThat(WindowPlacement.restored(tooSmall, LAPTOP, screens(LAPTOP)))
                .isEqualTo(new Rectangle2D(10, 40, 1024, 700));
    }

    @Test
    void nothingRememberedIsAFirstStart() {
        assertThat(WindowPlacement.restored(null, FULL_HD, screens(FULL_HD))).isEqualTo(WindowPlacement.firstStart(FULL_HD));
    }

    /** Like Screen.getScreensForRectangle: the first of these screens the rectangle touches. */
    private static Function<Rectangle2D, Optional<Rectangle2D>> screens(Rectangle2D... visualBounds) {
        return rectangle -> Arrays.stream(visualBounds).filter(rectangle::intersects).findFirst();
    }

    private static Offset<Double> within() {
        return Offset.offset(0.01);
    }
}
