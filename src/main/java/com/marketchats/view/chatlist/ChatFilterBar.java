package com.marketchats.view.chatlist;

import com.marketchats.i18n.I18n;
import com.marketchats.viewmodel.chatlist.ChatListTab;
import com.marketchats.viewmodel.chatlist.ChatListViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The tabs of the chat list as one row of toggle buttons, each with its count under its name, bound to
 * the view-model. The row must fit the list's narrowest width (320 px) in every language: with the count
 * beside the name five Russian tabs do not fit at the current font size, under it a four-digit count costs
 * no width. A tab never shrinks below its text (it would show "…" instead of a name); it only gets the
 * spare width.
 */
final class ChatFilterBar {

    private final ChatListViewModel model;
    private final I18n texts;
    private final ToggleGroup groups = new ToggleGroup();
    private final HBox root = new HBox(1);

    ChatFilterBar(ChatListViewModel model, I18n texts) {
        this.model = model;
        this.texts = texts;
        root.getStyleClass().add("chat-filter-tabs");
        for (ChatListTab tab : ChatListTab.values()) {
            root.getChildren().add(tabButton(tab));
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
    }

    Region root() {
        return root;
    }

    private ToggleButton tabButton(ChatListTab tab) {
        String name = texts.text("chatlist.filter." + tab);
        Label count = new Label();
        count.getStyleClass().add("filter-count");
        count.textProperty().bind(model.tabCountProperty(tab).asString());
        if (tab == ChatListTab.NEEDS_REPLY) {
            addOverdue(count);
        }
        ToggleButton button = new ToggleButton(name, count);
        button.setId("groupFilter-" + tab.name());
        button.setUserData(tab);
        button.setToggleGroup(groups);
        button.setContentDisplay(ContentDisplay.BOTTOM);
        button.getStyleClass().addAll("small", "flat", "chat-filter");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setTooltip(new Tooltip(texts.text("chatlist.filter.tooltip." + tab)));
        ReadOnlyIntegerProperty overdue = model.deadlines().overdueCountProperty();
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> tab == ChatListTab.NEEDS_REPLY
                && overdue.get() > 0 ? texts.text("chatlist.filter.accessibleOverdue", name,
                model.tabCountProperty(tab).get(), overdue.get()) : texts.text("chatlist.filter.accessible", name,
                model.tabCountProperty(tab).get()), model.tabCountProperty(tab), overdue));
        return button;
    }

    /**
     * The Needs-reply tab's count with the overdue count beside it as a small red pill: under the name
     * there is room for two short numbers, not for "3 overdue", which the tooltip and spoken text say.
     */
    private void addOverdue(Label count) {
        Label overdue = new Label();
        overdue.setId("overdueCount");
        overdue.getStyleClass().add("filter-overdue");
        overdue.setMinWidth(Region.USE_PREF_SIZE);
        ReadOnlyIntegerProperty late = model.deadlines().overdueCountProperty();
        overdue.textProperty().bind(late.asString());
        Tooltip explained = new Tooltip();
        explained.textProperty().bind(Bindings.createStringBinding(() -> texts.text("chatlist.filter.overdue",
                late.get()), late));
        overdue.setTooltip(explained);
        // The count's own graphic, so the tab's graphic stays the count and only grows by the pill. Set and
        // cleared rather than hidden: a label's skin does not notice its graphic turning visible.
        count.graphicProperty().bind(Bindings.when(late.greaterThan(0)).then((Node) overdue).otherwise((Node) null));
        count.setContentDisplay(ContentDisplay.RIGHT);
        count.setGraphicTextGap(4);
    }

    private void showTab(ChatListTab tab) {
        groups.getToggles().stream().filter(toggle -> toggle.getUserData() == tab).findFirst()
                .ifPresent(groups::selectToggle);
    }
}
