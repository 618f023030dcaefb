package com.marketchats.app;

import com.marketchats.i18n.I18n;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Tells the seller why the app cannot start, before any window exists: one line on standard error
 * always (the installed launcher, a terminal, a script), and a plain dialog where there is a display, so
 * that a start from the menu never ends in silence. The caller exits with a non-zero code afterwards.
 */
final class StartupFailure {

    private static final double DIALOG_WIDTH = 560;

    private StartupFailure() {
    }

    /** Reports {@code message}; returns once the dialog (if any) was closed. */
    static void report(I18n texts, String message) {
        System.err.println("market-chats: " + message);
        if (hasDisplay(System.getProperty("os.name", ""), System.getenv())) {
            showDialog(texts, message);
        }
    }

    /** Windows and macOS always have one; elsewhere an X11 or Wayland session says so in the environment. */
    static boolean hasDisplay(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !isBlank(env.get("DISPLAY")) || !isBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static void showDialog(I18n texts, String message) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            // Shown from a later pulse, not from the start-up runnable itself: a dialog opened there stays blank.
            Platform.startup(() -> Platform.runLater(() -> {
                // A button of our own: JavaFX's own "Close" follows the system's language, not the app's.
                ButtonType close = new ButtonType(texts.text("startup.failed.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
                Alert alert = new Alert(Alert.AlertType.ERROR, message, close);
                alert.setTitle(texts.text("startup.failed.title"));
                alert.setHeaderText(texts.text("startup.failed.title"));
                // The alert's own label wraps; a fixed width keeps a long path from stretching it screen-wide.
                alert.getDialogPane().setPrefWidth(DIALOG_WIDTH);
                alert.setOnHidden(event -> closed.countDown());
                alert.show();
            }));
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error noToolkit) {
            // The display could not be opened after all: the line on standard error is what remains.
            System.err.println("market-chats: (no window could be shown: " + noToolkit + ")");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
