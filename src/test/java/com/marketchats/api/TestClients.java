package com.marketchats.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Clients and helpers shared by the client tests. */
final class TestClients {

    static final long BUSINESS_ID = 42;
    /** Shaped like a real Api-Key; the tests look for it, and for its middle part, where it must not be. */
    static final String API_KEY = "ACMA:s3cr3tK3yM1ddl3Part0fTheToken:151c0664";
    static final String KEY_MIDDLE = "s3cr3tK3yM1ddl3Part0fTheToken";

    private TestClients() {
    }

    static HttpChatsApiBuilder builderFor(ScriptedServer server) {
        return HttpChatsApi.builder()
                .baseUrl(server.baseUrl())
                .businessId(BUSINESS_ID)
                .credentials(ApiCredentials.apiKey(API_KEY))
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10));
    }

    static HttpChatsApi clientFor(ScriptedServer server) {
        return builderFor(server).build();
    }

    static JsonNode json(String text) {
        try {
            return ApiJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(byte[] bytes) {
        try {
            return ApiJson.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A getChat answer for chat {@code chatId}. */
    static String chatJson(long chatId) {
        return "{\"chatId\":" + chatId + ",\"context\":{\"type\":\"ORDER\",\"orderId\":555,\"campaignId\":21},"
                + "\"type\":\"CHAT\",\"status\":\"WAITING_FOR_PARTNER\","
                + "\"createdAt\":\"2026-07-01T10:15:00+03:00\",\"updatedAt\":\"2026-07-01T11:02:41+03:00\"}";
    }

    static String messageJson(long messageId) {
        return "{\"messageId\":" + messageId + ",\"createdAt\":\"2026-07-01T10:15:00+03:00\","
                + "\"sender\":\"CUSTOMER\",\"message\":\"text " + messageId + "\"}";
    }

    static String ok(String resultJson) {
        return "{\"status\":\"OK\",\"result\":" + resultJson + "}";
    }
}
