package com.marketchats.view.conversation;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.conversation.ConversationViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The round "to the newest" button, shown while the messages are scrolled up, with the number of new
 * messages below as a badge on it. It floats at the bottom right in the gutter the message cells keep
 * free (conversation.css), so it never covers a message; Tab reaches it right after the messages.
 */
final class JumpButton {

    /** A badge wider than this would reach out of the gutter. */
    private static final int MOST_COUNTED = 99;

    private JumpButton() {
    }

    /** The button with its badge, to lay over the bottom right of the message list. */
    static StackPane over(ConversationViewModel model, I18n texts, ScrollKeeper<?> scroll) {
        StringBinding description = Bindings.createStringBinding(() -> model.unseenBelowProperty().get() > 0
                        ? texts.text("conversation.jump.newMessages", model.unseenBelowProperty().get())
                        : texts.text("conversation.jump.toBottom"),
                model.unseenBelowProperty());
        BooleanBinding shown = scroll.atBottomProperty().not().and(Bindings.isNotEmpty(model.items()));

        Button jump = new Button(null, new FontIcon(Feather.ARROW_DOWN));
        jump.setId("jumpToBottom");
        jump.getStyleClass().addAll("jump-button", "button-circle");
        jump.accessibleTextProperty().bind(description);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(description);
        jump.setTooltip(tip);
        jump.visibleProperty().bind(shown);
        jump.setOnAction(event -> {
            scroll.scrollToBottom();
            model.jumpToBottom();
        });

        Label badge = new Label();
        badge.setId("jumpToBottomCount");
        badge.getStyleClass().add("jump-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> {
            int unseen = model.unseenBelowProperty().get();
            return unseen > MOST_COUNTED ? MOST_COUNTED + "+" : String.valueOf(unseen);
        }, model.unseenBelowProperty()));
        badge.visibleProperty().bind(shown.and(model.unseenBelowProperty().greaterThan(0)));
        badge.setMouseTransparent(true);
        StackPane.setAlignment(badge, Pos.TOP_CENTER);

        StackPane holder = new StackPane(jump, badge);
        holder.getStyleClass().add("jump-holder");
        // Only the button takes clicks; the rest of the list stays scrollable and clickable.
        holder.setPickOnBounds(false);
        holder.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(holder, Pos.BOTTOM_RIGHT);
        return holder;
    }
}
