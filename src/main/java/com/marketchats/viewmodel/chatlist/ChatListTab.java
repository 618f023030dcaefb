package com.marketchats.viewmodel.chatlist;

import com.marketchats.store.ChatGroup;

/** The chat list's tabs as the view sees them (a view may not use store types); one per {@link ChatGroup}. */
public enum ChatListTab {
    NEEDS_REPLY(ChatGroup.NEEDS_REPLY),
    WAITING_FOR_BUYER(ChatGroup.WAITING_FOR_BUYER),
    DISPUTES(ChatGroup.DISPUTES),
    FINISHED(ChatGroup.FINISHED),
    ALL(ChatGroup.ALL);

    private final ChatGroup group;

    ChatListTab(ChatGroup group) {
        this.group = group;
    }

    ChatGroup group() {
        return group;
    }

    static ChatListTab of(ChatGroup group) {
        for (ChatListTab tab : values()) {
            if (tab.group == group) {
                return tab;
            }
        }
        return ALL;
    }
}
