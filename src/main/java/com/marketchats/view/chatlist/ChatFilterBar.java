package com.marketchats.view.chatlist;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.i18n.I18n;
import com.marketchats.store.ChatGroup;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
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

import java.util.Arrays;

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
        for (ChatGroup group : ChatGroup.values()) {
            tabs.getChildren().add(groupButton(group));
        }
        groups.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                // A click on the selected tab would leave none selected; a list is always on some tab.
                groups.selectToggle(old);
            } else {
                model.groupProperty().set((ChatGroup) now.getUserData());
            }
        });
        model.groupProperty().addListener((observable, old, now) -> showGroup(now));
        showGroup(model.groupProperty().get());
        root = new VBox(6, tabs, contextChooser());
        root.getStyleClass().add("chat-filter-bar");
    }

    Region root() {
        return root;
    }

    private ToggleButton groupButton(ChatGroup group) {
        String name = texts.text("chatlist.filter." + group);
        Label count = new Label();
        count.getStyleClass().add("filter-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> String.valueOf(model.countsProperty().get().get(group)), model.countsProperty()));
        ToggleButton button = new ToggleButton(name, count);
        button.setId("groupFilter-" + group.name());
        button.setUserData(group);
        button.setToggleGroup(groups);
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.getStyleClass().addAll("small", "chat-filter");
        button.setTooltip(new Tooltip(texts.text("chatlist.filter.tooltip." + group)));
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> texts.text(
                "chatlist.filter.accessible", name, model.countsProperty().get().get(group)), model.countsProperty()));
        return button;
    }

    private void showGroup(ChatGroup group) {
        groups.getToggles().stream().filter(toggle -> toggle.getUserData() == group).findFirst()
                .ifPresent(groups::selectToggle);
    }

    private ComboBox<ChatContextType> contextChooser() {
        ComboBox<ChatContextType> chooser = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.asList(null, ChatContextType.ORDER, ChatContextType.RETURN, ChatContextType.DIRECT)));
        chooser.setId("contextFilter");
        chooser.setCellFactory(list -> new ContextCell(false));
        chooser.setButtonCell(new ContextCell(true));
        chooser.valueProperty().bindBidirectional(model.contextFilterProperty());
        chooser.setAccessibleText(texts.text("chatlist.context.accessible"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.getStyleClass().add("small");
        return chooser;
    }

    /**
     * Names a context choice; null (no filter) reads "All topics". The button cell gets an empty update
     * when the value is null, so it names that too; the popup's cells past the four choices stay blank.
     */
    private final class ContextCell extends ListCell<ChatContextType> {

        private final boolean button;

        ContextCell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(ChatContextType item, boolean empty) {
            super.updateItem(item, empty);
            if (empty && !button) {
                setText(null);
            } else {
                setText(item == null ? texts.text("chatlist.context.any") : texts.text("chatlist.context." + item));
            }
        }
    }
}
