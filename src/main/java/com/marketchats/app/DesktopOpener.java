package com.marketchats.app;

import java.io.IOException;
import java.net.URI;

/** Hands a web address or a local file ({@code file:} URI) to the desktop's default program. */
@FunctionalInterface
interface DesktopOpener {

    /**
     * Runs off the FX thread: it may wait for the desktop.
     *
     * @throws IOException when the desktop has no program for it or the program fails to start
     */
    void open(URI target) throws IOException;
}
