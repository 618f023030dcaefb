package com.marketchats.store;

import java.time.Instant;

/** How far the history of one chat has been fetched, and when. */
public record HistorySyncState(long chatId, Long syncedUpTo, Instant syncedAt) {
}
