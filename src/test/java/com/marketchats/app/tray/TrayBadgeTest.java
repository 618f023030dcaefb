package com.marketchats.app.tray;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** The tray icon's picture: the app icon, a red disc with the count at the top right, grey while paused. */
class TrayBadgeTest {

    private final TrayBadge badge = TrayBadge.ofAppIcon();

    @Test
    void noUnreadIsTheBareIconAndACountPutsAColouredDiscAtTheTopRight() {
        BufferedImage bare = badge.draw(24, 0);
        BufferedImage counted = badge.draw(24, 3);
        BufferedImage paused = badge.draw(24, 3, true);

        // The disc's edge, away from the white digit: the top right pixel row of the disc.
        int x = 24 - (int) Math.round(24 * 0.6) / 2 - 1;
        int y = 2;
        assertThat(new Color(counted.getRGB(x, y), true)).isEqualTo(TrayBadge.DISC);
        assertThat(new Color(paused.getRGB(x, y), true)).isEqualTo(TrayBadge.PAUSED_DISC);
        assertThat(bare.getRGB(x, y)).isNotEqualTo(counted.getRGB(x, y));
        assertThat(bare.getRGB(2, 20)).as("the icon itself is left as it is").isEqualTo(counted.getRGB(2, 20));
    }

    @Test
    void theDiscSaysTheCountUpToNinetyNine() {
        assertThat(TrayBadge.label(0)).isEmpty();
        assertThat(TrayBadge.label(7)).isEqualTo("7");
        assertThat(TrayBadge.label(99)).isEqualTo("99");
        assertThat(TrayBadge.label(100)).isEqualTo("99+");
    }

    @Test
    void everyTraySizeIsDrawnSquare() {
        for (int size : new int[] {16, 22, 24, 32, 48}) {
            BufferedImage image = badge.draw(size, 120);
            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
        }
    }
}
