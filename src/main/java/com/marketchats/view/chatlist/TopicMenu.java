package com.marketchats.view.chatlist;

import atlantafx.base.theme.Tweaks;
import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import com.marketchats.viewmodel.chatlist.TopicFilter;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The topic filter (any topic, orders, returns, product questions) as a filter icon beside the search
 * field: it is set rarely, so it takes no row of its own. While a topic narrows the list the button
 * names it and is accent-coloured, so a shorter list never looks like missing chats.
 */
final class TopicMenu {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final MenuButton button = new MenuButton();

    TopicMenu(ChatListViewModel model, I18n texts) {
        button.setId("contextFilter");
        button.setGraphic(new FontIcon(Feather.FILTER));
        // No arrow: the filter icon says what the button is, and the search field keeps the width.
        button.getStyleClass().addAll(Tweaks.NO_ARROW, "topic-filter");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(texts.text("chatlist.context.accessible")));
        ToggleGroup choices = new ToggleGroup();
        for (TopicFilter topic : TopicFilter.values()) {
            RadioMenuItem item = new RadioMenuItem(texts.text("chatlist.context." + topic));
            item.setId("topic-" + topic.name());
            item.setUserData(topic);
            item.setToggleGroup(choices);
            item.setOnAction(event -> model.topicProperty().set(topic));
            button.getItems().add(item);
        }
        model.topicProperty().addListener((observable, old, now) -> show(choices, now));
        show(choices, model.topicProperty().get());
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> texts.text(
                "chatlist.context.accessible.current", texts.text("chatlist.context." + topicOf(model))),
                model.topicProperty()));
        button.textProperty().bind(Bindings.createStringBinding(() -> topicOf(model) == TopicFilter.ANY
                ? null : texts.text("chatlist.context.short." + topicOf(model)), model.topicProperty()));
    }

    Region root() {
        return button;
    }

    private void show(ToggleGroup choices, TopicFilter topic) {
        TopicFilter shown = topic == null ? TopicFilter.ANY : topic;
        choices.getToggles().stream().filter(toggle -> toggle.getUserData() == shown).findFirst()
                .ifPresent(choices::selectToggle);
        button.pseudoClassStateChanged(ACTIVE, shown != TopicFilter.ANY);
    }

    private static TopicFilter topicOf(ChatListViewModel model) {
        return model.topicProperty().get() == null ? TopicFilter.ANY : model.topicProperty().get();
    }
}
