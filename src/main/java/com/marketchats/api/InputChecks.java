package com.marketchats.api;

import com.marketchats.api.ApiException.InputProblem;
import com.marketchats.api.dto.ChatContext;
import com.marketchats.api.dto.ChatContextIdentifiableType;
import com.marketchats.text.VisibleText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The spec's constraints on what the client sends, checked before anything goes out: a refused
 * request still costs one request of the hourly quota, and the user deserves a precise reason.
 */
final class InputChecks {

    private InputChecks() {
    }

    static void pageLimit(ApiOperation operation, int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ApiException.invalidInput(operation, InputProblem.LIMIT_OUT_OF_RANGE,
                    "limit must be 1–" + max + ", was " + limit);
        }
    }

    /** chatId, messageId, messageIdFrom and context ids are int64 with {@code minimum: 1}. */
    static void id(ApiOperation operation, String name, long value) {
        if (value < 1) {
            throw ApiException.invalidInput(operation, InputProblem.ID_OUT_OF_RANGE,
                    name + " must be at least 1, was " + value);
        }
    }

    static void context(ApiOperation operation, ChatContext context) {
        if (context == null || context.type() == null || context.type() == ChatContextIdentifiableType.UNKNOWN) {
            throw ApiException.invalidInput(operation, InputProblem.CONTEXT_MISSING,
                    "a chat can be created only for an ORDER or a RETURN");
        }
        id(operation, "context.id", context.id());
    }

    /**
     * 1–4096 characters counted as Unicode code points, as JSON Schema's maxLength counts them, so an
     * emoji is one character. A text that draws nothing (whitespace, zero-width or filler characters, see
     * {@link VisibleText}) is refused too: the buyer would see nothing.
     */
    static void messageText(ApiOperation operation, String text) {
        if (VisibleText.isBlank(text)) {
            throw ApiException.invalidInput(operation, InputProblem.MESSAGE_EMPTY, "the message text is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > ApiLimits.MAX_MESSAGE_LENGTH) {
            throw ApiException.invalidInput(operation, InputProblem.MESSAGE_TOO_LONG,
                    "the message has " + length + " characters, at most " + ApiLimits.MAX_MESSAGE_LENGTH + " are allowed");
        }
    }

    /** A regular, readable, non-empty file of at most 5 MB; answers its size. */
    static long uploadFile(ApiOperation operation, Path file) {
        if (file == null || !Files.exists(file)) {
            throw ApiException.invalidInput(operation, InputProblem.FILE_MISSING, "the file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw ApiException.invalidInput(operation, InputProblem.FILE_NOT_REGULAR, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw ApiException.invalidInput(operation, InputProblem.FILE_UNREADABLE, "the file cannot be read");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ApiException.invalidInput(operation, InputProblem.FILE_UNREADABLE,
                    "the file size cannot be read: " + e.getClass().getSimpleName());
        }
        if (size == 0) {
            throw ApiException.invalidInput(operation, InputProblem.FILE_EMPTY, "the file is empty");
        }
        if (size > ApiLimits.MAX_FILE_BYTES) {
            throw ApiException.invalidInput(operation, InputProblem.FILE_TOO_LARGE,
                    "the file has " + size + " bytes, at most " + ApiLimits.MAX_FILE_BYTES + " are allowed");
        }
        return size;
    }
}
