package com.marketchats.service.sync;

import com.marketchats.api.dto.ChatMessage;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every message of one chat after {@code from}, as a complete fetch (all pages) found them: sorted by
 * id, each once.
 *
 * @param from             the last message id an earlier sync covered; null for a first fetch
 * @param messages         messages with an id above {@code from}, ascending
 * @param coveredUpdatedAt the chat's {@code updatedAt} the fetch was made for; may be null
 */
record FetchedHistory(long chatId, Long from, List<ChatMessage> messages, OffsetDateTime coveredUpdatedAt) {

    FetchedHistory {
        messages = List.copyOf(messages);
    }

    boolean firstFetch() {
        return from == null;
    }

    /** The last message id this fetch and the ones before it covered; null while the chat has none. */
    Long upTo() {
        return messages.isEmpty() ? from : Long.valueOf(messages.get(messages.size() - 1).messageId());
    }
}
