package com.marketchats.store;

import java.time.OffsetDateTime;

/**
 * A chat whose history should be fetched.
 *
 * @param syncedUpTo the last message id of an earlier history sync, or null when there was none
 * @param updatedAt  the chat's {@code updatedAt} now; pass it back to
 *                   {@link SyncStateTable#markHistorySynced} when the fetch is done
 */
public record HistorySyncNeed(long chatId, Long syncedUpTo, Long lastMessageId, OffsetDateTime updatedAt) {
}
