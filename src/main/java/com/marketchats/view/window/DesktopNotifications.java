package com.marketchats.view.window;

import com.marketchats.viewmodel.window.DesktopNotification;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
    private static final double CARD_WIDTH = 340;

    private final Stage window;
    private final LongConsumer openChat;

    public DesktopNotifications(Stage window, LongConsumer openChat) {
        this.window = window;
        this.openChat = openChat;
    }

    /**
     * The toast's content as our own card: ControlsFX paints its bar with Modena colours, which AtlantaFX
     * does not define, so without a card of our own the text would float on a transparent popup.
     */
    private static Region card(DesktopNotification notification) {
        Label title = new Label(notification.title());
        title.getStyleClass().add("notification-title");
        Label body = new Label(notification.body());
        body.getStyleClass().add("notification-body");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, title, body);
        card.getStyleClass().add("notification-card");
        card.setPrefWidth(CARD_WIDTH);
        card.getStylesheets().add(DesktopNotifications.class.getResource("window.css").toExternalForm());
        return card;
    }

    public void show(DesktopNotification notification) {
        Notifications.create()
                .graphic(card(notification))
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
