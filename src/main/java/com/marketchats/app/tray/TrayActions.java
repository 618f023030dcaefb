package com.marketchats.app.tray;

import java.time.Instant;

/** What the tray asks of the app; called on the AWT event thread, so each hops to the FX thread itself. */
public interface TrayActions {

    /** Bring the window forward (shown again if it was hidden in the tray). */
    void open();

    /** Bring the window forward on this chat: a click on a tray balloon for it. */
    void openChat(long chatId);

    /** @param until no notifications before this instant; null: notifications on again */
    void pause(Instant until);

    void quit();
}
