package com.marketchats.api;

/**
 * The seven operations of the spec's "chats" group, with what the client, the sandbox and the request
 * budget need to know about each: its operationId, HTTP method, path and hourly limit.
 * The hourly limits are the spec's {@code x-resource-limit-config} amounts (equal for every tariff).
 */
public enum ApiOperation {
    CREATE_CHAT("createChat", "POST", "/chats/new", 1_000),
    GET_CHAT("getChat", "GET", "/chat", 1_000),
    GET_CHAT_HISTORY("getChatHistory", "POST", "/chats/history", 10_000),
    GET_CHAT_MESSAGE("getChatMessage", "GET", "/chats/message", 1_000),
    GET_CHATS("getChats", "POST", "/chats", 5_000),
    SEND_FILE_TO_CHAT("sendFileToChat", "POST", "/chats/file/send", 1_000),
    SEND_MESSAGE_TO_CHAT("sendMessageToChat", "POST", "/chats/message", 1_000);

    private static final String BUSINESS_PREFIX = "/v2/businesses/";

    private final String operationId;
    private final String httpMethod;
    private final String pathSuffix;
    private final int hourlyLimit;

    ApiOperation(String operationId, String httpMethod, String pathSuffix, int hourlyLimit) {
        this.operationId = operationId;
        this.httpMethod = httpMethod;
        this.pathSuffix = pathSuffix;
        this.hourlyLimit = hourlyLimit;
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
}
