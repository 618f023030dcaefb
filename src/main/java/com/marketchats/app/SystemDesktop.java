package com.marketchats.app;

import javafx.application.HostServices;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.net.URI;

/**
 * Opens through {@link java.awt.Desktop}, which says when there is no program for a file or link
 * (HostServices.showDocument reports nothing, so a failure would go unseen); HostServices only where
 * AWT offers no such action on this desktop.
 */
final class SystemDesktop implements DesktopOpener {

    private final HostServices hostServices;

    SystemDesktop(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void open(URI target) throws IOException {
        boolean file = "file".equalsIgnoreCase(target.getScheme());
        Desktop.Action action = file ? Desktop.Action.OPEN : Desktop.Action.BROWSE;
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(action)) {
            hostServices.showDocument(target.toString());
            return;
        }
        try {
            if (file) {
                Desktop.getDesktop().open(new File(target));
            } else {
                Desktop.getDesktop().browse(target);
            }
        } catch (IllegalArgumentException | SecurityException | UnsupportedOperationException refused) {
            throw new IOException(refused.getMessage(), refused);
        }
    }
}
