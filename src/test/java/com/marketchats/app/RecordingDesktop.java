package com.marketchats.app;

import javafx.scene.input.Clipboard;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

/** Stands in for the desktop: records what the app asked it to open, and can act like one with no program for it. */
final class RecordingDesktop implements DesktopOpener {

    private final List<URI> asked = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    @Override
    public void open(URI target) throws IOException {
        asked.add(target);
        if (failing) {
            throw new IOException("No application is associated with the specified file for this operation");
        }
    }

    void failFromNowOn() {
        failing = true;
    }

    List<URI> asked() {
        return List.copyOf(asked);
    }

    /** What the app put on the system clipboard (read on the FX thread, as the clipboard requires). */
    static String clipboard() throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }

    static void clearClipboard() throws ExecutionException, InterruptedException {
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().clear()).get();
    }
}
