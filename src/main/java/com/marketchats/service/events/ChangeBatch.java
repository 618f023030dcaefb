package com.marketchats.service.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events published since the last delivery, merged: all chat ids of one kind become one event,
 * and only the latest connectivity state is kept. So a sync of 10,000 chats reaches listeners as a
 * handful of batches, not 10,000 calls.
 */
public record ChangeBatch(
        Set<Long> chatsChanged,
        Set<Long> messagesChanged,
        Set<Long> outboxChanged,
        boolean budgetChanged,
        ChangeEvent.Connectivity connectivity) {

    public ChangeBatch {
        chatsChanged = Set.copyOf(chatsChanged);
        messagesChanged = Set.copyOf(messagesChanged);
        outboxChanged = Set.copyOf(outboxChanged);
    }

    static ChangeBatch merge(List<ChangeEvent> events) {
        Set<Long> chats = new LinkedHashSet<>();
        Set<Long> messages = new LinkedHashSet<>();
        Set<Long> outbox = new LinkedHashSet<>();
        boolean budget = false;
        ChangeEvent.Connectivity connectivity = null;
        for (ChangeEvent event : events) {
            if (event instanceof ChangeEvent.ChatsChanged changed) {
                chats.addAll(changed.chatIds());
            } else if (event instanceof ChangeEvent.MessagesChanged changed) {
                messages.addAll(changed.chatIds());
            } else if (event instanceof ChangeEvent.OutboxChanged changed) {
                outbox.addAll(changed.chatIds());
            } else if (event instanceof ChangeEvent.BudgetChanged) {
                budget = true;
            } else if (event instanceof ChangeEvent.ConnectivityChanged changed) {
                connectivity = changed.connectivity();
            }
        }
        return new ChangeBatch(chats, messages, outbox, budget, connectivity);
    }

    /** The state of connectivity this batch reports, if it changed. */
    public boolean connectivityChanged() {
        return connectivity != null;
    }
}
