package com.marketchats.api;

/**
 * The seven operations of the spec's "chats" group, with what the client, the sandbox and the request
 * budget need to know about each: its operationId, HTTP method, path, hourly limit and whether it
 * writes. The hourly limits are the spec's {@code x-resource-limit-config} amounts (equal for every
 * tariff); the write methods are those whose {@code x-auth-scopes} leave out the read-only scope.
 */
public enum ApiOperation {
    CREATE_CHAT("createChat", "POST", "/chats/new", 1_000, true),
    GET_CHAT("getChat", "GET", "/chat", 1_000, false),
    GET_CHAT_HISTORY("getChatHistory", "POST", "/chats/history", 10_000, false),
    GET_CHAT_MESSAGE("getChatMessage", "GET", "/chats/message", 1_000, false),
    GET_CHATS("getChats", "POST", "/chats", 5_000, false),
    SEND_FILE_TO_CHAT("sendFileToChat", "POST", "/chats/file/send", 1_000, true),
    SEND_MESSAGE_TO_CHAT("sendMessageToChat", "POST", "/chats/message", 1_000, true);

    private static final String BUSINESS_PREFIX = "/v2/businesses/";

    private final String operationId;
    private final String httpMethod;
    private final String pathSuffix;
    private final int hourlyLimit;
    private final boolean write;

    ApiOperation(String operationId, String httpMethod, String pathSuffix, int hourlyLimit, boolean write) {
        this.operationId = operationId;
        this.httpMethod = httpMethod;
        this.pathSuffix = pathSuffix;
        this.hourlyLimit = hourlyLimit;
        this.write = write;
    }

    /** The spec's operationId, e.g. {@code getChats}. */
    public String operationId() {
        return operationId;
    }

    /** {@code GET} or {@code POST}. */
    public String httpMethod() {
        return httpMethod;
    }

    /** The part of the path after {@code /v2/businesses/{businessId}}, e.g. {@code /chats/history}. */
    public String pathSuffix() {
        return pathSuffix;
    }

    /** The path as the spec writes it, e.g. {@code /v2/businesses/{businessId}/chats}. */
    public String pathTemplate() {
        return BUSINESS_PREFIX + "{businessId}" + pathSuffix;
    }

    /** The concrete path for one business, e.g. {@code /v2/businesses/42/chats}. */
    public String path(long businessId) {
        return BUSINESS_PREFIX + businessId + pathSuffix;
    }

    /** Requests per hour the API allows for this method. */
    public int hourlyLimit() {
        return hourlyLimit;
    }

    /**
     * True for the methods that change a chat (createChat, sendMessageToChat, sendFileToChat): they need
     * scope {@code communication} or {@code all-methods}, and a read-only key gets 403.
     */
    public boolean isWrite() {
        return write;
    }
}
