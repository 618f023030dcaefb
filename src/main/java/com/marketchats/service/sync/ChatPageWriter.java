package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatInfo;
import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.ChatSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes chats as getChats or getChat gave them: those that are new or differ from what the store holds,
 * in one transaction, followed by one {@code ChatsChanged} event. A chat listed twice counts once (the
 * last one wins); a page that changes nothing writes nothing and tells nobody, so that a quiet poll
 * costs the UI nothing.
 */
final class ChatPageWriter {

    private final ChatStore store;
    private final ChangeEvents events;

    ChatPageWriter(ChatStore store, ChangeEvents events) {
        this.store = store;
        this.events = events;
    }

    /** @return how many chats were new or changed */
    int write(List<ChatInfo> chats) {
        return write(chats, true);
    }

    /**
     * @param compare false to write every chat without reading the store first (the first pass over an
     *                account's chat list, where nearly every chat is new)
     * @return how many chats were written
     */
    int write(List<ChatInfo> chats, boolean compare) {
        Map<Long, ChatInfo> unique = new LinkedHashMap<>();
        for (ChatInfo chat : chats) {
            unique.put(chat.chatId(), chat);
        }
        List<ChatInfo> changed = new ArrayList<>();
        for (ChatInfo chat : unique.values()) {
            boolean same = compare && store.chats().find(chat.chatId()).map(ChatSummary::toChatInfo)
                    .filter(chat::equals).isPresent();
            if (!same) {
                changed.add(chat);
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        store.chats().upsert(changed);
        Set<Long> ids = new LinkedHashSet<>();
        changed.forEach(chat -> ids.add(chat.chatId()));
        events.publish(new ChangeEvent.ChatsChanged(ids));
        return changed.size();
    }
}
