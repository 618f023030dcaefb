package com.marketchats.service.outbox;

import java.util.Objects;

/**
 * What the seller asked to send was refused before anything was stored or sent. The UI localises the
 * {@link #problem()}; the message is for logs (it names the file's size or the text's length, never its
 * content).
 */
public final class OutboxInputException extends RuntimeException {

    /** Why the input was refused, for a localised message. */
    public enum Problem {
        /** The chat id is not a positive number. */
        CHAT_ID_INVALID,
        /** The text is empty or draws nothing (whitespace, zero-width or filler characters): the buyer would see nothing. */
        EMPTY,
        /** The text has more than 4,096 characters (Unicode code points, as the API counts). */
        TOO_LONG,
        /** No file at that path. */
        FILE_MISSING,
        /** A folder or a device, not a regular file. */
        NOT_A_FILE,
        /** The file cannot be read (permissions, locked by another program). */
        FILE_UNREADABLE,
        /** The file has no content. */
        FILE_EMPTY,
        /** The file is over the API's 5 MB. */
        FILE_TOO_LARGE,
        /** The file could not be copied into the app's data folder (disk full, file changed while copied). */
        COPY_FAILED
    }

    private final Problem problem;

    public OutboxInputException(Problem problem, String detail) {
        this(problem, detail, null);
    }

    public OutboxInputException(Problem problem, String detail, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem") + ": " + detail, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
