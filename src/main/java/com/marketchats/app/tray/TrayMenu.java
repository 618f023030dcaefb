package com.marketchats.app.tray;

import java.awt.Font;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The tray icon's menu: open the window, pause notifications for an hour or until tomorrow morning (or
 * resume them while paused), quit. Built and changed on the AWT event thread only.
 */
final class TrayMenu {

    private final PopupMenu popup = new PopupMenu();
    private final MenuItem open = new MenuItem();
    private final MenuItem pauseHour = new MenuItem();
    private final MenuItem pauseNight = new MenuItem();
    private final MenuItem resume = new MenuItem();
    private final MenuItem quit = new MenuItem();
    private TrayTexts texts;
    private Instant pausedUntil;

    TrayMenu(TrayTexts texts, TrayActions actions) {
        this.texts = texts;
        open.setFont(new Font(Font.DIALOG, Font.BOLD, 12));
        open.addActionListener(event -> actions.open());
        pauseHour.addActionListener(event -> actions.pause(texts().clock().instant().plus(Duration.ofHours(1))));
        pauseNight.addActionListener(event -> actions.pause(texts().tomorrowMorning()));
        resume.addActionListener(event -> actions.pause(null));
        quit.addActionListener(event -> actions.quit());
        rebuild();
    }

    PopupMenu popup() {
        return popup;
    }

    void setTexts(TrayTexts newTexts) {
        texts = newTexts;
        rebuild();
    }

    /** @param until null when notifications are on */
    void setPausedUntil(Instant until) {
        pausedUntil = until;
        rebuild();
    }

    /** The items in menu order, for a test that clicks them without coordinates. */
    void forEachItem(Consumer<MenuItem> visitor) {
        for (int i = 0; i < popup.getItemCount(); i++) {
            visitor.accept(popup.getItem(i));
        }
    }

    private TrayTexts texts() {
        return texts;
    }

    private void rebuild() {
        popup.removeAll();
        open.setLabel(texts.open());
        popup.add(open);
        popup.addSeparator();
        if (pausedUntil == null) {
            pauseHour.setLabel(texts.pauseHour());
            pauseNight.setLabel(texts.pauseUntilMorning());
            popup.add(pauseHour);
            popup.add(pauseNight);
        } else {
            resume.setLabel(texts.resume(pausedUntil));
            popup.add(resume);
        }
        popup.addSeparator();
        quit.setLabel(texts.quit());
        popup.add(quit);
    }
}
