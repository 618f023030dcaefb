package com.marketchats.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request and the answer to it, as plain values: the neutral shape that both
 * {@link RecordingProxy} and a scripted test server produce, and that {@link SpecContract} checks.
 *
 * <p>{@code path} is the raw path as sent on the wire (e.g. {@code /v2/businesses/1/chats}),
 * {@code query} the raw query string without {@code ?} ({@code ""} when there is none). Header maps
 * are copied into unmodifiable maps with case-insensitive names. {@code requestContentType} is
 * taken from the {@code Content-Type} request header when passed as {@code null}. Bodies are never
 * {@code null} (empty when absent) and are copied in and out, so an instance is immutable.
 */
public record RecordedExchange(
        String method,
        String path,
        String query,
        Map<String, List<String>> requestHeaders,
        byte[] requestBody,
        String requestContentType,
        int status,
        Map<String, List<String>> responseHeaders,
        byte[] responseBody) {

    public RecordedExchange {
        method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
        path = Objects.requireNonNull(path, "path");
        query = query == null ? "" : (query.startsWith("?") ? query.substring(1) : query);
        requestHeaders = copyHeaders(requestHeaders);
        requestBody = requestBody == null ? new byte[0] : requestBody.clone();
        if (requestContentType == null) {
            requestContentType = first(requestHeaders, "Content-Type").orElse(null);
        }
        responseHeaders = copyHeaders(responseHeaders);
        responseBody = responseBody == null ? new byte[0] : responseBody.clone();
    }

    /** Starts a hand-made exchange; {@code pathAndQuery} may carry a {@code ?query}. */
    public static Builder request(String method, String pathAndQuery) {
        return new Builder(method, pathAndQuery);
    }

    @Override
    public byte[] requestBody() {
        return requestBody.clone();
    }

    @Override
    public byte[] responseBody() {
        return responseBody.clone();
    }

    /** The path followed by {@code ?query} when there is a query. */
    public String pathAndQuery() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The decoded query parameters, in order; a name without {@code =} has the value {@code ""}. */
    public Map<String, List<String>> queryParameters() {
        return queryParameters(query);
    }

    /** Decodes a raw query string ({@code a=1&b=x%20y}) into names and values, in order. */
    public static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }

    public Optional<String> requestHeader(String name) {
        return first(requestHeaders, name);
    }

    public Optional<String> responseHeader(String name) {
        return first(responseHeaders, name);
    }

    public String requestBodyText() {
        return new String(requestBody, StandardCharsets.UTF_8);
    }

    public String responseBodyText() {
        return new String(responseBody, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedExchange that
                && method.equals(that.method) && path.equals(that.path) && query.equals(that.query)
                && requestHeaders.equals(that.requestHeaders) && Arrays.equals(requestBody, that.requestBody)
                && Objects.equals(requestContentType, that.requestContentType) && status == that.status
                && responseHeaders.equals(that.responseHeaders) && Arrays.equals(responseBody, that.responseBody);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, requestHeaders, Arrays.hashCode(requestBody),
                requestContentType, status, responseHeaders, Arrays.hashCode(responseBody));
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery() + " (" + requestBody.length + " bytes"
                + (requestContentType == null ? "" : ", " + requestContentType) + ") -> "
                + status + " (" + responseBody.length + " bytes)";
    }

    private static Map<String, List<String>> copyHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) {
                    copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
                }
            });
        }
        copy.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(copy);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Fluent construction of hand-made exchanges (tests, scripted servers). */
    public static final class Builder {
        private final String method;
        private final String path;
        private final String query;
        private final Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        private final Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        private byte[] requestBody = new byte[0];
        private String requestContentType;
        private int status = 200;
        private byte[] responseBody = new byte[0];

        private Builder(String method, String pathAndQuery) {
            int mark = pathAndQuery.indexOf('?');
            this.method = method;
            this.path = mark < 0 ? pathAndQuery : pathAndQuery.substring(0, mark);
            this.query = mark < 0 ? "" : pathAndQuery.substring(mark + 1);
        }

        public Builder header(String name, String value) {
            requestHeaders.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /** Adds {@code Api-Key: <key>}, the preferred credentials. */
        public Builder apiKey(String key) {
            return header("Api-Key", key);
        }

        public Builder body(byte[] body, String contentType) {
            this.requestBody = body;
            this.requestContentType = contentType;
            return header("Content-Type", contentType);
        }

        public Builder json(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8");
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder responseHeader(String name, String value) {
            responseHeaders.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder responseBody(byte[] body, String contentType) {
            this.responseBody = body;
            return responseHeader("Content-Type", contentType);
        }

        /** Sets the status and a JSON answer. */
        public Builder respondJson(int status, String json) {
            return status(status).responseBody(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        public RecordedExchange build() {
            return new RecordedExchange(method, path, query, requestHeaders, requestBody, requestContentType,
                    status, responseHeaders, responseBody);
        }
    }
}
