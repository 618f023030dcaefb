package com.marketchats.store;

import java.time.Instant;

/** What the seller has typed in a chat and not sent yet. */
public record Draft(long chatId, String text, Instant updatedAt) {
}
