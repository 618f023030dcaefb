package com.marketchats.viewmodel.chatlist;

import com.marketchats.api.dto.ChatContextType;
import com.marketchats.store.ChatGroup;
import com.marketchats.store.GroupCounts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.EnumMap;
import java.util.Map;

/**
 * The tab, the topic filter and the tabs' counts in this package's own types, kept in step both ways
 * with the view-model's store-typed {@code group}, {@code contextFilter} and {@code counts}: the view
 * may use neither store nor api types (DESIGN.md §2).
 */
final class ViewFilters {

    private final ObjectProperty<ChatListTab> tab = new SimpleObjectProperty<>(this, "tab");
    private final ObjectProperty<TopicFilter> topic = new SimpleObjectProperty<>(this, "topic");
    private final Map<ChatListTab, ReadOnlyIntegerWrapper> counts = new EnumMap<>(ChatListTab.class);

    ViewFilters(ObjectProperty<ChatGroup> group, ObjectProperty<ChatContextType> contextFilter,
                ReadOnlyObjectProperty<GroupCounts> groupCounts) {
        tab.set(ChatListTab.of(group.get()));
        topic.set(TopicFilter.of(contextFilter.get()));
        group.addListener((observable, old, now) -> tab.set(ChatListTab.of(now)));
        tab.addListener((observable, old, now) -> group.set(now == null ? ChatGroup.ALL : now.group()));
        contextFilter.addListener((observable, old, now) -> topic.set(TopicFilter.of(now)));
        topic.addListener((observable, old, now) -> contextFilter.set(now == null ? null : now.contextType()));
        for (ChatListTab each : ChatListTab.values()) {
            counts.put(each, new ReadOnlyIntegerWrapper(this, "count" + each));
        }
        showCounts(groupCounts.get());
        groupCounts.addListener((observable, old, now) -> showCounts(now));
    }

    ObjectProperty<ChatListTab> tab() {
        return tab;
    }

    ObjectProperty<TopicFilter> topic() {
        return topic;
    }

    ReadOnlyIntegerWrapper count(ChatListTab of) {
        return counts.get(of);
    }

    private void showCounts(GroupCounts now) {
        counts.forEach((each, count) -> count.set(now.get(each.group())));
    }
}
