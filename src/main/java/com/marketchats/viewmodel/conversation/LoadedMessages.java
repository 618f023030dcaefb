package com.marketchats.viewmodel.conversation;

import com.marketchats.api.dto.MessageSender;
import com.marketchats.store.StoredMessage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The messages of the open chat loaded so far, by id, each once however often a page repeats it. */
final class LoadedMessages {

    private final NavigableMap<Long, StoredMessage> byId = new TreeMap<>();

    void clear() {
        byId.clear();
    }

    void addAll(Collection<StoredMessage> messages) {
        messages.forEach(message -> byId.put(message.messageId(), message));
    }

    /**
     * Adds messages fetched after a change and counts the new ones that others wrote after the newest
     * already loaded: those the seller has not seen yet.
     */
    int mergeNewer(Collection<StoredMessage> messages) {
        Long newest = newestId();
        int arrived = 0;
        for (StoredMessage message : messages) {
            boolean isNew = byId.put(message.messageId(), message) == null;
            if (isNew && (newest == null || message.messageId() > newest) && message.sender() != MessageSender.PARTNER) {
                arrived++;
            }
        }
        return arrived;
    }

    Long oldestId() {
        return byId.isEmpty() ? null : byId.firstKey();
    }

    Long newestId() {
        return byId.isEmpty() ? null : byId.lastKey();
    }

    /** The first message others wrote after {@code readMark} and no later than {@code newestAtOpen}, if loaded. */
    Long firstUnread(long readMark, long newestAtOpen) {
        return byId.subMap(readMark, false, newestAtOpen, true).values().stream()
                .filter(message -> message.sender() != MessageSender.PARTNER)
                .map(StoredMessage::messageId)
                .findFirst().orElse(null);
    }

    List<StoredMessage> oldestFirst() {
        return new ArrayList<>(byId.values());
    }
}
