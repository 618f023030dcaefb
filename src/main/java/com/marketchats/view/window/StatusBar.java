package com.marketchats.view.window;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.window.StatusBarViewModel;
import com.marketchats.viewmodel.window.StatusBarViewModel.Connection;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** The bottom line of the window: connection, the API budget meter and what the outbox holds. */
public final class StatusBar {

    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final double TOOLTIP_WIDTH = 420;
    private static final double BUDGET_MIN_WIDTH = 160;

    private final HBox root = new HBox(10);

    public StatusBar(StatusBarViewModel model, I18n texts) {
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.textProperty().bind(model.connectionTextProperty());
        connection.getStyleClass().add("status-connection");
        connection.setMinWidth(Region.USE_PREF_SIZE);
        connection.accessibleTextProperty().bind(model.connectionDetailProperty());
        Tooltip connectionTip = new Tooltip();
        connectionTip.textProperty().bind(model.connectionDetailProperty());
        connectionTip.setWrapText(true);
        connectionTip.setMaxWidth(TOOLTIP_WIDTH);
        connection.setTooltip(connectionTip);
        Circle dot = new Circle(4);
        dot.getStyleClass().add("status-dot");
        connection.setGraphic(dot);
        model.connectionProperty().addListener((obs, old, state) -> showConnection(connection, state));
        showConnection(connection, model.connectionProperty().get());

        Label budget = new Label();
        budget.setId("statusBudget");
        budget.textProperty().bind(model.budgetTextProperty());
        budget.getStyleClass().add("status-budget");
        // The longest part: on a narrow window it wraps onto a second line rather than losing its end.
        budget.setWrapText(true);
        budget.setMinWidth(BUDGET_MIN_WIDTH);
        model.budgetLowProperty().addListener((obs, old, low) -> budget.pseudoClassStateChanged(LOW, low));
        Tooltip budgetTip = new Tooltip();
        budgetTip.textProperty().bind(model.budgetTooltipProperty());
        budgetTip.setWrapText(true);
        budgetTip.setMaxWidth(TOOLTIP_WIDTH);
        budget.setTooltip(budgetTip);

        Label outbox = new Label();
        outbox.setId("statusOutbox");
        outbox.textProperty().bind(model.outboxTextProperty());
        outbox.setGraphic(new FontIcon(Feather.SEND));
        outbox.getStyleClass().add("status-outbox");
        outbox.setMinWidth(Region.USE_PREF_SIZE);
        outbox.setOnMouseClicked(click -> model.openFirstNotSent());
        model.failedCountProperty().addListener((obs, old, failed) -> showFailed(outbox, failed.intValue() > 0));
        showFailed(outbox, model.failedCountProperty().get() > 0);

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

    /** Messages not sent need the seller: the part is marked and a click opens the first one's chat. */
    private static void showFailed(Label outbox, boolean failed) {
        outbox.pseudoClassStateChanged(LOW, failed);
        outbox.setCursor(failed ? Cursor.HAND : Cursor.DEFAULT);
    }

    private static void showConnection(Label label, Connection state) {
        label.getStyleClass().removeIf(style -> style.startsWith("connection-"));
        label.getStyleClass().add("connection-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
