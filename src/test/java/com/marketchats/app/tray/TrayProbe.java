package com.marketchats.app.tray;

import java.awt.EventQueue;
import java.awt.MenuItem;
import java.awt.SystemTray;
import java.awt.event.ActionEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Reads and works an {@link AppTray} as the seller would, on the AWT event thread where its state lives. */
public final class TrayProbe {

    private TrayProbe() {
    }

    /** Whether the icon is among the tray's icons now. */
    public static boolean installed(AppTray tray) throws Exception {
        return onAwt(() -> Arrays.asList(SystemTray.getSystemTray().getTrayIcons()).contains(tray.icon()));
    }

    public static int unread(AppTray tray) throws Exception {
        return onAwt(tray::unread);
    }

    public static String tooltip(AppTray tray) throws Exception {
        return onAwt(() -> tray.icon().getToolTip());
    }

    /** The chat the last balloon was about; null when none or a summary. */
    public static Long balloonChat(AppTray tray) throws Exception {
        return onAwt(tray::balloonChat);
    }

    /** Whether the icon's picture is, pixel for pixel, the app icon with {@code count} drawn on it. */
    public static boolean showsCount(AppTray tray, int count) throws Exception {
        return shows(tray, count, false);
    }

    /** As {@link #showsCount}, with the grey disc of paused notifications. */
    public static boolean showsPausedCount(AppTray tray, int count) throws Exception {
        return shows(tray, count, true);
    }

    private static boolean shows(AppTray tray, int count, boolean paused) throws Exception {
        return onAwt(() -> {
            BufferedImage shown = (BufferedImage) tray.icon().getImage();
            BufferedImage expected = TrayBadge.ofAppIcon().draw(shown.getWidth(), count, paused);
            for (int y = 0; y < shown.getHeight(); y++) {
                for (int x = 0; x < shown.getWidth(); x++) {
                    if (shown.getRGB(x, y) != expected.getRGB(x, y)) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** The menu's labels in order; separators read "-". */
    public static List<String> menu(AppTray tray) throws Exception {
        return onAwt(() -> {
            List<String> labels = new ArrayList<>();
            tray.menu().forEachItem(item -> labels.add(item.getLabel()));
            return labels;
        });
    }

    /** Chooses the menu item whose label starts with {@code prefix}, as a click on it would. */
    public static void choose(AppTray tray, String prefix) throws Exception {
        onAwt(() -> {
            List<MenuItem> found = new ArrayList<>();
            tray.menu().forEachItem(item -> {
                if (item.getLabel().startsWith(prefix)) {
                    found.add(item);
                }
            });
            if (found.size() != 1) {
                throw new IllegalStateException("No single menu item starts with " + prefix);
            }
            MenuItem item = found.get(0);
            ActionEvent click = new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getActionCommand());
            Arrays.stream(item.getActionListeners()).forEach(listener -> listener.actionPerformed(click));
            return null;
        });
    }

    /** A double click on the icon (its action). */
    public static void activate(AppTray tray) throws Exception {
        onAwt(() -> {
            ActionEvent click = new ActionEvent(tray.icon(), ActionEvent.ACTION_PERFORMED, null);
            Arrays.stream(tray.icon().getActionListeners()).forEach(listener -> listener.actionPerformed(click));
            return null;
        });
    }

    private interface AwtCall<T> {
        T call() throws Exception;
    }

    private static <T> T onAwt(AwtCall<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
