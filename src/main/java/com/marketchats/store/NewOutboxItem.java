package com.marketchats.store;

import com.marketchats.text.VisibleText;

import java.nio.file.Path;

/**
 * Something the seller wants sent, before the outbox has taken it.
 *
 * @param filePath    for a FILE: the copy of the file kept under {@link AccountFiles#outboxFiles()}
 * @param fingerprint a client-side idempotency key, unique per compose action (e.g. a UUID made when the
 *                    seller pressed Send): enqueueing the same fingerprint again returns the existing item
 */
public record NewOutboxItem(long chatId, OutboxKind kind, String text, Path filePath, String fileName,
                            Long fileSize, String contentType, String fingerprint) {

    public NewOutboxItem {
        if (kind == null || fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("kind and fingerprint are required");
        }
        if (kind == OutboxKind.TEXT && VisibleText.isBlank(text)) {
            throw new IllegalArgumentException("a TEXT item needs text");
        }
        if (kind == OutboxKind.FILE && (filePath == null || fileName == null)) {
            throw new IllegalArgumentException("a FILE item needs a file path and a file name");
        }
    }

    public static NewOutboxItem text(long chatId, String text, String fingerprint) {
        return new NewOutboxItem(chatId, OutboxKind.TEXT, text, null, null, null, null, fingerprint);
    }

    public static NewOutboxItem file(long chatId, Path filePath, String fileName, long fileSize,
                                     String contentType, String fingerprint) {
        return new NewOutboxItem(chatId, OutboxKind.FILE, null, filePath, fileName, fileSize, contentType,
                fingerprint);
    }
}
