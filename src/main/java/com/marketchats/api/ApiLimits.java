package com.marketchats.api;

/**
 * The spec's and the API docs' size limits, in one place so the client's input checks, the budget,
 * the sandbox's validation and the UI's counters can never drift apart.
 */
public final class ApiLimits {

    /** SendMessageToChatRequest.message maxLength, counted in Unicode code points as JSON Schema does. */
    public static final int MAX_MESSAGE_LENGTH = 4096;

    /** SendFileToChatRequest.file: "at most 5 MB". */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** getChats {@code limit} maximum (PageLimit20). */
    public static final int MAX_CHATS_PAGE_LIMIT = 20;

    /** getChats {@code limit} when none is sent (PageLimit20 default). */
    public static final int DEFAULT_CHATS_PAGE_LIMIT = 10;

    /** getChatHistory {@code limit} maximum (PageLimit100). */
    public static final int MAX_HISTORY_PAGE_LIMIT = 100;

    /** getChatHistory {@code limit} when none is sent (PageLimit100 default). */
    public static final int DEFAULT_HISTORY_PAGE_LIMIT = 50;

    /** Docs, concepts/limits: a request body over 512 KB gets 400 "The request is too big". */
    public static final int MAX_REQUEST_BODY_BYTES = 512 * 1024;

    /** Docs, concepts/limits: at most 4 requests of one business in flight at a time. */
    public static final int MAX_PARALLEL_REQUESTS = 4;

    private ApiLimits() {
    }
}
