package com.marketchats.sandbox;

/**
 * The spec's numbers the sandbox enforces (official OpenAPI spec and the API's limits page), kept
 * here until the api package's shared constants land; every number is the spec's, none is invented.
 */
public final class SandboxLimits {

    /** SendMessageToChatRequest.message: maxLength 4096. */
    public static final int MAX_MESSAGE_LENGTH = 4096;
    /** SendFileToChatRequest.file: "at most 5 MB". */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    /** getChats limit (PageLimit20): maximum 20, default 10. */
    public static final int MAX_CHATS_PAGE_LIMIT = 20;
    public static final int DEFAULT_CHATS_PAGE_LIMIT = 10;
    /** getChatHistory limit (PageLimit100): maximum 100, default 50. */
    public static final int MAX_HISTORY_PAGE_LIMIT = 100;
    public static final int DEFAULT_HISTORY_PAGE_LIMIT = 50;
    /** Docs, concepts/limits: a request body over 512 KB gets 400 "The request is too big". */
    public static final int MAX_REQUEST_BODY_BYTES = 512 * 1024;
    /** Docs, concepts/limits: at most 4 parallel requests per business. */
    public static final int MAX_PARALLEL_REQUESTS = 4;
    /**
     * Room for the multipart framing around a 5 MB file (boundaries, part headers), so that a file of
     * 5 MB + 1 byte is still read whole and refused for its own size, not for the body's.
     */
    public static final int MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    private SandboxLimits() {
    }
}
