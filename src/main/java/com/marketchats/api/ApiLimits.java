package com.marketchats.api;

/**
 * The spec's size limits, in one place so the client's input checks, the sandbox's validation and
 * the UI's counters can never drift apart.
 */
public final class ApiLimits {

    /** SendMessageToChatRequest.message maxLength, counted in Unicode code points as JSON Schema does. */
    public static final int MAX_MESSAGE_LENGTH = 4096;

    /** SendFileToChatRequest.file: "at most 5 MB". */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** getChats {@code limit} maximum (PageLimit20). */
    public static final int MAX_CHATS_PAGE_LIMIT = 20;

    /** getChatHistory {@code limit} maximum (PageLimit100). */
    public static final int MAX_HISTORY_PAGE_LIMIT = 100;

    private ApiLimits() {
    }
}
