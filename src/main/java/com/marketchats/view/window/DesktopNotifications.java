package com.marketchats.view.window;

import com.marketchats.viewmodel.window.DesktopNotification;
import javafx.geometry.Pos;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.LongConsumer;

/**
 * Shows a {@link DesktopNotification} as a ControlsFX toast in the corner of the screen (not of the
 * window, which may be hidden behind others). A click brings the window forward and opens the chat.
 */
public final class DesktopNotifications {

    private static final Duration VISIBLE_FOR = Duration.seconds(8);

    private final Stage window;
    private final LongConsumer openChat;

    public DesktopNotifications(Stage window, LongConsumer openChat) {
        this.window = window;
        this.openChat = openChat;
    }

    public void show(DesktopNotification notification) {
        Notifications.create()
                .title(notification.title())
                .text(notification.body())
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(VISIBLE_FOR)
                .onAction(event -> {
                    window.setIconified(false);
                    window.toFront();
                    window.requestFocus();
                    if (notification.chatId() != null) {
                        openChat.accept(notification.chatId());
                    }
                })
                .show();
    }
}
