package com.marketchats.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One item of the outbox as stored.
 *
 * @param id               the outbox's own id, increasing in creation order
 * @param attempts         how many times sending was started
 * @param nextAttemptAt    not before this time may it be sent (null: at once)
 * @param lastErrorKind    a short code of the last failure chosen by the sender (e.g. {@code NETWORK},
 *                         {@code HTTP_500}, {@code RATE_LIMIT}); null when none
 * @param serverMessageId  the server's messageId once known (from the send answer or reconciled from history)
 */
public record OutboxItem(long id, long chatId, OutboxKind kind, String text, Path filePath, String fileName,
                         Long fileSize, String contentType, OutboxState state, int attempts,
                         Instant nextAttemptAt, String lastErrorKind, String lastErrorMessage,
                         Instant createdAt, Instant updatedAt, Long serverMessageId, String fingerprint) {
}
