package com.marketchats.view.chatlist;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.chatlist.ChatListTab;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import com.marketchats.viewmodel.chatlist.TopicFilter;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tabs of the chat list as a row of toggle buttons, each with its count, and the context filter
 * (any topic, orders, returns, product questions) below them, both bound to the view-model.
 */
final class ChatFilterBar {

    private final ChatListViewModel model;
    private final I18n texts;
    private final ToggleGroup groups = new ToggleGroup();
    private final VBox root;

    ChatFilterBar(ChatListViewModel model, I18n texts) {
        this.model = model;
        this.texts = texts;
        FlowPane tabs = new FlowPane(4, 4);
        tabs.getStyleClass().add("chat-filter-tabs");
        for (ChatListTab tab : ChatListTab.values()) {
            tabs.getChildren().add(tabButton(tab));
        }
        groups.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                // A click on the selected tab would leave none selected; a list is always on some tab.
                groups.selectToggle(old);
            } else {
                model.tabProperty().set((ChatListTab) now.getUserData());
            }
        });
        model.tabProperty().addListener((observable, old, now) -> showTab(now));
        showTab(model.tabProperty().get());
        root = new VBox(6, tabs, contextChooser());
        root.getStyleClass().add("chat-filter-bar");
    }

    Region root() {
        return root;
    }

    private ToggleButton tabButton(ChatListTab tab) {
        String name = texts.text("chatlist.filter." + tab);
        Label count = new Label();
        count.getStyleClass().add("filter-count");
        count.textProperty().bind(model.tabCountProperty(tab).asString());
        ToggleButton button = new ToggleButton(name, count);
        button.setId("groupFilter-" + tab.name());
        button.setUserData(tab);
        button.setToggleGroup(groups);
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.getStyleClass().addAll("small", "chat-filter");
        button.setTooltip(new Tooltip(texts.text("chatlist.filter.tooltip." + tab)));
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> texts.text(
                "chatlist.filter.accessible", name, model.tabCountProperty(tab).get()), model.tabCountProperty(tab)));
        return button;
    }

    private void showTab(ChatListTab tab) {
        groups.getToggles().stream().filter(toggle -> toggle.getUserData() == tab).findFirst()
                .ifPresent(groups::selectToggle);
    }

    private ComboBox<TopicFilter> contextChooser() {
        ComboBox<TopicFilter> chooser = new ComboBox<>(FXCollections.observableArrayList(TopicFilter.values()));
        chooser.setId("contextFilter");
        chooser.setCellFactory(list -> new TopicCell());
        chooser.setButtonCell(new TopicCell());
        chooser.valueProperty().bindBidirectional(model.topicProperty());
        chooser.setAccessibleText(texts.text("chatlist.context.accessible"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.getStyleClass().add("small");
        return chooser;
    }

    /** Names a topic choice in the popup and on the button. */
    private final class TopicCell extends ListCell<TopicFilter> {
        @Override
        protected void updateItem(TopicFilter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : texts.text("chatlist.context." + item));
        }
    }
}
