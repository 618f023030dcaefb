package com.marketchats.app;

import javafx.scene.image.Image;

import java.net.URL;
import java.util.List;

/**
 * The window icons, made from {@code assets/icons/market-chats.svg} (the pom packs the PNG set here):
 * every size, so each desktop picks the one that fits its title bar, task bar or switcher.
 */
final class AppIcons {

    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    static List<Image> all() {
        return SIZES.stream().map(AppIcons::ofSize).toList();
    }

    /** The 128 px icon, for dialogs that show it large. */
    static Image large() {
        return ofSize(128);
    }

    private static Image ofSize(int size) {
        String name = "icons/market-chats-" + size + ".png";
        URL url = AppIcons.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the build");
        }
        return new Image(url.toExternalForm());
    }
}
