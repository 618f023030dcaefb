package com.marketchats.service.autostart;

import java.io.IOException;

/**
 * The system's own entry that starts the app when the seller logs in. The entry itself is the truth of
 * whether it is on: Settings reads it back each time it opens, since the seller may have removed it with
 * the system's tools. Every method but {@link #isAvailable} may touch the disk or run a program, so they
 * are called off the FX thread.
 */
public interface Autostart {

    /** The argument every entry passes, so that a start with the system can tell itself apart. */
    String MINIMIZED_ARGUMENT = "--minimized";

    /** For a copy of the app that the system cannot start: never on, and refuses to be turned on. */
    static Autostart unavailable() {
        return new UnavailableAutostart();
    }

    /** False where the app runs without the installer's launcher (from Maven or an IDE): nothing to start. */
    boolean isAvailable();

    /** Whether the system starts the app at login now. */
    boolean isEnabled() throws IOException;

    /** Makes the system start the app at login; an entry there already is replaced. */
    void enable() throws IOException;

    /** Removes the entry; nothing happens when there is none. */
    void disable() throws IOException;
}
