package com.marketchats.view;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Puts the focus ring's stylesheet ({@code focus.css}) on every window the app opens: the main window,
 * each dialog, and popups. The theme is one user-agent stylesheet that cannot be extended, and a ring
 * only some windows have would fail the keyboard user in the others. Used on the FX thread.
 */
public final class FocusRings {

    private static final String STYLESHEET = FocusRings.class.getResource("focus.css").toExternalForm();
    private static boolean installed;

    private FocusRings() {
    }

    /** From now on, every window (those open now too) gets the ring; a second call does nothing. */
    public static void everywhere() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(FocusRings::follow);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(FocusRings::follow);
            }
        });
    }

    private static void follow(Window window) {
        addTo(window.getScene());
        window.sceneProperty().addListener((obs, old, scene) -> addTo(scene));
    }

    private static void addTo(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
