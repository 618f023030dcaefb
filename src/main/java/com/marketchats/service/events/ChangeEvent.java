package com.marketchats.service.events;

import java.util.Set;

/** What changed in the local store or around it; view-models reload what an event names. */
public sealed interface ChangeEvent {

    /** Chats were added or changed (status, last message, unread, draft…). */
    record ChatsChanged(Set<Long> chatIds) implements ChangeEvent {
        public ChatsChanged {
            chatIds = Set.copyOf(chatIds);
        }
    }

    /** Messages of these chats were added or changed. */
    record MessagesChanged(Set<Long> chatIds) implements ChangeEvent {
        public MessagesChanged {
            chatIds = Set.copyOf(chatIds);
        }
    }

    /** Outbox rows of these chats changed state or progress. */
    record OutboxChanged(Set<Long> chatIds) implements ChangeEvent {
        public OutboxChanged {
            chatIds = Set.copyOf(chatIds);
        }
    }

    /** The request budget changed (remaining requests, a method blocked or freed). */
    record BudgetChanged() implements ChangeEvent {
    }

    /** The service went online, offline or started or finished syncing. */
    record ConnectivityChanged(Connectivity connectivity) implements ChangeEvent {
    }

    /** Online means the last request got an answer; offline means it got none (the service retries). */
    enum Connectivity { ONLINE, SYNCING, OFFLINE }
}
