package com.marketchats.sandbox;

/**
 * The seven Chats operations, each with its hourly limit from the spec's
 * {@code x-resource-limit-config} and whether a read-only key may call it ({@code x-auth-scopes}).
 */
public enum SandboxOperation {
    GET_CHATS("getChats", 5_000, false),
    GET_CHAT("getChat", 1_000, false),
    GET_CHAT_HISTORY("getChatHistory", 10_000, false),
    GET_CHAT_MESSAGE("getChatMessage", 1_000, false),
    SEND_MESSAGE_TO_CHAT("sendMessageToChat", 1_000, true),
    CREATE_CHAT("createChat", 1_000, true),
    SEND_FILE_TO_CHAT("sendFileToChat", 1_000, true);

    private final String operationId;
    private final int hourlyLimit;
    private final boolean write;

    SandboxOperation(String operationId, int hourlyLimit, boolean write) {
        this.operationId = operationId;
        this.hourlyLimit = hourlyLimit;
        this.write = write;
    }

    /** The spec's operationId; also the resource name in 420 messages. */
    public String operationId() {
        return operationId;
    }

    /** Requests per business per hour the spec allows. */
    public int hourlyLimit() {
        return hourlyLimit;
    }

    /** Write methods need scope {@code communication} or {@code all-methods}; read-only keys get 403. */
    public boolean isWrite() {
        return write;
    }
}
