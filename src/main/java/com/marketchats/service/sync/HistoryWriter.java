package com.marketchats.service.sync;

import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import com.marketchats.store.ChatStore;
import com.marketchats.store.HistorySyncMark;
import com.marketchats.store.MessageBatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes complete fetched histories of several chats: their new messages, their sync marks and (during
 * the first sync) their read marks in one transaction ({@link com.marketchats.store.HistoryWrites}), then
 * one event of each kind for the chats that got messages.
 */
final class HistoryWriter {

    private final ChatStore store;
    private final ChangeEvents events;

    HistoryWriter(ChatStore store, ChangeEvents events) {
        this.store = store;
        this.events = events;
    }

    /** @param firstSync whether the first sync's read-mark rule ({@link FirstSyncReadMarks}) applies */
    void write(List<FetchedHistory> histories, boolean firstSync) {
        if (histories.isEmpty()) {
            return;
        }
        List<MessageBatch> batches = new ArrayList<>();
        List<HistorySyncMark> marks = new ArrayList<>();
        Set<Long> changed = new LinkedHashSet<>();
        for (FetchedHistory history : histories) {
            if (!history.messages().isEmpty()) {
                batches.add(new MessageBatch(history.chatId(), history.messages()));
                changed.add(history.chatId());
            }
            marks.add(new HistorySyncMark(history.chatId(), history.upTo(), history.coveredUpdatedAt()));
        }
        store.histories().write(batches, marks,
                firstSync ? FirstSyncReadMarks.marks(histories, store.chats()::find) : Map.of());
        if (!changed.isEmpty()) {
            events.publish(new ChangeEvent.MessagesChanged(changed));
            events.publish(new ChangeEvent.ChatsChanged(changed));
        }
    }
}
