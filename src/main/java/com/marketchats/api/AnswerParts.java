package com.marketchats.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketchats.api.dto.ApiError;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of an error answer the caller needs (the API's {@code errors[]} and the trace id)
 * without ever failing: a proxy or an overloaded server may answer with HTML, plain text or nothing.
 */
final class AnswerParts {

    private static final List<String> TRACE_HEADERS = List.of("traceparent", "X-Request-Id");

    private AnswerParts() {
    }

    /**
     * The {@code errors[]} of {@code {"status":"ERROR","errors":[{"code","message"}]}}; empty when the
     * body is not such JSON. Texts pass through {@code credentials.redact} in case a server echoes the token.
     */
    static List<ApiError> errors(byte[] body, ApiCredentials credentials) {
        if (body == null || body.length == 0) {
            return List.of();
        }
        JsonNode root;
        try {
            root = ApiJson.mapper().readTree(body);
        } catch (IOException e) {
            return List.of();
        }
        JsonNode errors = root == null ? null : root.get("errors");
        if (errors == null || !errors.isArray()) {
            return List.of();
        }
        List<ApiError> parsed = new ArrayList<>();
        for (JsonNode error : errors) {
            if (error.isObject()) {
                parsed.add(new ApiError(credentials.redact(text(error.get("code"))),
                        credentials.redact(text(error.get("message")))));
            }
        }
        return parsed;
    }

    /** The answer's {@code traceparent}, or a request-id header when a proxy answered instead. */
    static String traceId(HttpHeaders headers) {
        for (String name : TRACE_HEADERS) {
            var value = headers.firstValue(name);
            if (value.isPresent() && !value.get().isBlank()) {
                return value.get();
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
