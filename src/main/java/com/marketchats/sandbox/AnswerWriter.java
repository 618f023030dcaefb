package com.marketchats.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.marketchats.api.ApiJson;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.dto.ApiEnvelope;
import com.marketchats.api.dto.ApiError;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes every answer of the sandbox: the JSON envelope, the rate-limit headers of the seven
 * operations, and the count of each answer. It can also cut an answer in the middle, which is how the
 * reset faults reach the client as an {@link IOException}.
 */
final class AnswerWriter {

    private static final String JSON = "application/json; charset=utf-8";

    private final AnswerStats stats;
    private final boolean untilRoundedDown;

    /** @param untilRoundedDown write {@code X-RateLimit-Resource-Until} truncated to the second, not rounded up */
    AnswerWriter(AnswerStats stats, boolean untilRoundedDown) {
        this.stats = stats;
        this.untilRoundedDown = untilRoundedDown;
    }

    /** Thrown out of the HTTP handler after a partial answer: the JDK server then drops the connection. */
    static final class ConnectionCut extends RuntimeException {
        ConnectionCut() {
            super("answer cut on purpose by the sandbox's reset fault", null, false, false);
        }
    }

    void ok(HttpExchange exchange, ApiOperation operation, Object result, RateLimitSnapshot limits)
            throws IOException {
        send(exchange, operation, 200, ApiEnvelope.ok(result), limits);
    }

    void error(HttpExchange exchange, ApiOperation operation, ApiFailure failure, RateLimitSnapshot limits)
            throws IOException {
        send(exchange, operation, failure.httpStatus(),
                ApiEnvelope.error(List.of(new ApiError(failure.code(), failure.getMessage()))), limits);
    }

    /**
     * Sends the status line, the headers (announcing the full length) and half of the body of an OK
     * answer, then gives up on the connection. Always ends by throwing {@link ConnectionCut}.
     */
    void cut(HttpExchange exchange, ApiOperation operation, Object result, RateLimitSnapshot limits)
            throws IOException {
        byte[] body = json(ApiEnvelope.ok(result));
        prepareHeaders(exchange, limits);
        stats.record(operation, 200);
        stats.recordReset();
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new ConnectionCut();
    }

    /** A raw answer (a served file); {@code HEAD} gets the headers only. */
    void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        stats.record(null, status);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** An error answer outside the seven operations (unknown path, wrong method, file downloads). */
    void plainError(HttpExchange exchange, ApiFailure failure) throws IOException {
        send(exchange, null, failure.httpStatus(),
                ApiEnvelope.error(List.of(new ApiError(failure.code(), failure.getMessage()))), null);
    }

    private void send(HttpExchange exchange, ApiOperation operation, int status, Object envelope,
            RateLimitSnapshot limits) throws IOException {
        byte[] body = json(envelope);
        prepareHeaders(exchange, limits);
        stats.record(operation, status);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    private void prepareHeaders(HttpExchange exchange, RateLimitSnapshot limits) {
        exchange.getResponseHeaders().set("Content-Type", JSON);
        if (limits != null) {
            limits.writeTo(exchange.getResponseHeaders(), untilRoundedDown);
        }
    }

    private static byte[] json(Object envelope) {
        try {
            return ApiJson.mapper().writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
