package com.marketchats.store;

import java.time.OffsetDateTime;

/**
 * That a chat's history was fetched, for {@link SyncStateTable#markHistorySynced(java.util.List)}: the
 * arguments of {@link SyncStateTable#markHistorySynced(long, Long, OffsetDateTime)} as one value.
 *
 * @param upToMessageId    the last message id the fetch covered; null when the chat has no message
 * @param coveredUpdatedAt the chat's {@code updatedAt} the fetch was made for; may be null
 */
public record HistorySyncMark(long chatId, Long upToMessageId, OffsetDateTime coveredUpdatedAt) {
}
