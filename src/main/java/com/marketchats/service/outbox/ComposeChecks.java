package com.marketchats.service.outbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.service.outbox.OutboxInputException.Problem;
import com.marketchats.text.VisibleText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The API's limits on what the seller sends, checked before the outbox takes it. Public so the send sheet
 * can show why a file cannot go before anything is queued, by the very checks the outbox runs.
 */
public final class ComposeChecks {

    private ComposeChecks() {
    }

    static void chatId(long chatId) {
        if (chatId < 1) {
            throw new OutboxInputException(Problem.CHAT_ID_INVALID, "chatId must be at least 1, was " + chatId);
        }
    }

    /**
     * 1–4096 characters counted as Unicode code points (an emoji is one), not only characters that draw
     * nothing (see {@link VisibleText}).
     */
    static void text(String text) {
        if (VisibleText.isBlank(text)) {
            throw new OutboxInputException(Problem.EMPTY, "the message is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > ApiLimits.MAX_MESSAGE_LENGTH) {
            throw new OutboxInputException(Problem.TOO_LONG, "the message has " + length
                    + " characters, at most " + ApiLimits.MAX_MESSAGE_LENGTH + " are allowed");
        }
    }

    /** An existing, regular, readable, non-empty file of at most 5 MB; answers its size. */
    public static long file(Path file) {
        if (file == null || !Files.exists(file)) {
            throw new OutboxInputException(Problem.FILE_MISSING, "the file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new OutboxInputException(Problem.NOT_A_FILE, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new OutboxInputException(Problem.FILE_UNREADABLE, "the file cannot be read");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new OutboxInputException(Problem.FILE_UNREADABLE,
                    "the file's size cannot be read: " + e.getClass().getSimpleName(), e);
        }
        return size(size);
    }

    /** Not empty and at most 5 MB; answers the size. */
    static long size(long size) {
        if (size == 0) {
            throw new OutboxInputException(Problem.FILE_EMPTY, "the file is empty");
        }
        if (size > ApiLimits.MAX_FILE_BYTES) {
            throw new OutboxInputException(Problem.FILE_TOO_LARGE, "the file has " + size
                    + " bytes, at most " + ApiLimits.MAX_FILE_BYTES + " are allowed");
        }
        return size;
    }
}
