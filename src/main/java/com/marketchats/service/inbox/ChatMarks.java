package com.marketchats.service.inbox;

import java.util.Set;

/**
 * The chats that carry a marker in the list, read together for one reload.
 *
 * @param drafts       chats with a saved draft
 * @param notSent      chats with an outbox item the sender gave up on, which needs the seller
 * @param markedUnread chats the seller marked unread by hand
 */
public record ChatMarks(Set<Long> drafts, Set<Long> notSent, Set<Long> markedUnread) {

    public ChatMarks {
        drafts = Set.copyOf(drafts);
        notSent = Set.copyOf(notSent);
        markedUnread = Set.copyOf(markedUnread);
    }
}
