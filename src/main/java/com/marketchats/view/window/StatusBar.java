package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.window.StatusBarViewModel;
import com.marketchats.viewmodel.window.StatusBarViewModel.Connection;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** The bottom line of the window: connection, the hour's API budget and the outbox count. */
public final class StatusBar {

    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");

    private final HBox root = new HBox(10);

    public StatusBar(StatusBarViewModel model, I18n texts) {
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.textProperty().bind(model.connectionTextProperty());
        connection.getStyleClass().add("status-connection");
        Circle dot = new Circle(4);
        dot.getStyleClass().add("status-dot");
        connection.setGraphic(dot);
        model.connectionProperty().addListener((obs, old, state) -> showConnection(connection, state));
        showConnection(connection, model.connectionProperty().get());

        Label budget = new Label();
        budget.setId("statusBudget");
        budget.textProperty().bind(model.budgetTextProperty());
        budget.getStyleClass().add("status-budget");
        model.budgetLowProperty().addListener((obs, old, low) -> budget.pseudoClassStateChanged(LOW, low));

        Label outbox = new Label();
        outbox.setId("statusOutbox");
        outbox.textProperty().bind(model.outboxTextProperty());
        outbox.setGraphic(new FontIcon(Feather.SEND));
        outbox.getStyleClass().add("status-outbox");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(connection, spacer, budget, new Separator(Orientation.VERTICAL), outbox);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        root.setAccessibleText(texts.text("status.accessible"));
    }

    public Region root() {
        return root;
    }

    private static void showConnection(Label label, Connection state) {
        label.getStyleClass().removeIf(style -> style.startsWith("connection-"));
        label.getStyleClass().add("connection-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
