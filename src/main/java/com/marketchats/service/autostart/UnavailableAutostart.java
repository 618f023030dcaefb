package com.marketchats.service.autostart;

import java.io.IOException;

/** Where there is no installed launcher for the system to start (see {@link Autostart#unavailable}). */
final class UnavailableAutostart implements Autostart {

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public boolean isEnabled() {
        return false;
    }

    @Override
    public void enable() throws IOException {
        throw new IOException("only the installed app can start with the system");
    }

    @Override
    public void disable() {
        // There is no entry of this copy to remove.
    }
}
