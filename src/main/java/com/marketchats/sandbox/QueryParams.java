package com.marketchats.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A request's query parameters, checked the way the spec declares them: ids are int64 with minimum 1,
 * {@code limit} is int32 between 1 and the operation's maximum (the chat methods do not clamp it), and
 * the page token has two accepted names.
 */
final class QueryParams {

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    /** Parses a raw (still percent-encoded) query; the first of repeated names wins. */
    static QueryParams parse(String rawQuery) throws ApiFailure {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new QueryParams(values);
    }

    /** A required id such as {@code chatId} or {@code messageId}. */
    long requiredId(String name) throws ApiFailure {
        String raw = values.get(name);
        if (raw == null) {
            throw ApiFailure.badRequest("Missing required parameter '" + name + "'");
        }
        long value = parseLong(name, raw);
        if (value < 1) {
            throw ApiFailure.badRequest("Value of parameter '" + name + "' must be at least 1 (rejected value: "
                    + value + ")");
        }
        return value;
    }

    /** {@code limit}: the default when absent; 400 when not a number or out of 1..max. */
    int limit(int defaultLimit, int maxLimit) throws ApiFailure {
        String raw = values.get("limit");
        if (raw == null) {
            return defaultLimit;
        }
        long value = parseLong("limit", raw);
        if (value > maxLimit) {
            throw ApiFailure.badRequest("Limit exceeded: parameter 'limit' must be between 1 and " + maxLimit
                    + " (rejected value: " + value + ")");
        }
        if (value < 1) {
            throw ApiFailure.badRequest("Value of parameter 'limit' must be between 1 and " + maxLimit
                    + " (rejected value: " + value + ")");
        }
        return (int) value;
    }

    /**
     * The page token under its current name {@code pageToken} or its listed alias {@code page_token}
     * ({@code x-aliases} in the spec); {@code pageToken} wins if both are sent. Empty means none.
     */
    String pageToken() {
        String token = values.get("pageToken");
        if (token == null || token.isEmpty()) {
            token = values.get("page_token");
        }
        return token == null || token.isEmpty() ? null : token;
    }

    private static long parseLong(String name, String raw) throws ApiFailure {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiFailure.badRequest("Parameter '" + name + "' must be an integer (rejected value: '" + raw + "')");
        }
    }

    private static String decode(String raw) throws ApiFailure {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badRequest("Malformed query string");
        }
    }
}
