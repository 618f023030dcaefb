package com.marketchats.view.window;

import atlantafx.base.theme.PrimerLight;
import com.marketchats.viewmodel.window.DesktopNotification;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A notification shows on screen with the buyer and the text, and a click on it opens the chat. */
@ExtendWith(ApplicationExtension.class)
class DesktopNotificationsTest {

    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private DesktopNotifications notifications;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(new Label()), 400, 300));
        stage.show();
        notifications = new DesktopNotifications(stage, opened::add);
    }

    @Test
    void aNotificationShowsTheBuyerAndTheTextAndAClickOpensTheChat(FxRobot robot) {
        robot.interact(() -> notifications.show(
                new DesktopNotification(7_000_001L, DesktopNotification.Kind.BUYER, "Анна Смирнова",
                        "Когда доставка?", 1, false)));

        await().atMost(Duration.ofSeconds(10)).until(() -> notificationText(robot) != null);
        robot.clickOn(notificationText(robot));

        await().atMost(Duration.ofSeconds(10)).until(() -> opened.contains(7_000_001L));
    }

    private static Node notificationText(FxRobot robot) {
        return Window.getWindows().stream().filter(window -> window.getScene() != null)
                .flatMap(window -> robot.from(window.getScene().getRoot()).lookup("Когда доставка?").queryAll().stream())
                .findFirst().orElse(null);
    }
}
