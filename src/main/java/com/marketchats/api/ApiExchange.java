package com.marketchats.api;

import com.fasterxml.jackson.databind.JavaType;
import com.marketchats.api.dto.ApiEnvelope;
import com.marketchats.api.dto.ApiResponseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sends one API request and turns the answer into a result or an {@link ApiException}. Every answer,
 * good or bad, is logged (one debug line, no secrets, no message text) and reported with its rate-limit
 * headers to the {@link ResponseListener}.
 */
final class ApiExchange {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExchange.class);

    private final HttpClient client;
    private final ApiCredentials credentials;
    private final ResponseListener listener;

    ApiExchange(HttpClient client, ApiCredentials credentials, ResponseListener listener) {
        this.client = client;
        this.credentials = credentials;
        this.listener = listener;
    }

    /**
     * Sends {@code request} and reads a 2xx body as {@code envelopeType} ({@code ApiEnvelope<T>}).
     *
     * @param resultRequired whether a missing {@code result} makes the answer unusable
     */
    <T> T call(ApiOperation operation, HttpRequest request, JavaType envelopeType, boolean resultRequired) {
        HttpResponse<byte[]> response = send(operation, request);
        int status = response.statusCode();
        RateLimitInfo rateLimit = RateLimitInfo.fromHeaders(response.headers());
        String traceId = AnswerParts.traceId(response.headers());
        notifyListener(operation, status, rateLimit);
        if (status < 200 || status > 299) {
            throw ApiException.errorAnswer(operation, status, AnswerParts.errors(response.body(), credentials),
                    rateLimit, traceId);
        }
        ApiEnvelope<T> envelope;
        try {
            envelope = ApiJson.mapper().readValue(response.body(), envelopeType);
        } catch (IOException e) {
            throw ApiException.unreadableAnswer(operation, status, List.of(), rateLimit, traceId,
                    "the body is not the expected JSON", e);
        }
        if (envelope == null) {
            throw ApiException.unreadableAnswer(operation, status, List.of(), rateLimit, traceId,
                    "the body is empty", null);
        }
        if (envelope.status() == ApiResponseStatus.ERROR) {
            throw ApiException.unreadableAnswer(operation, status, AnswerParts.errors(response.body(), credentials),
                    rateLimit, traceId, "a success status with \"status\": \"ERROR\" in the body", null);
        }
        if (resultRequired && envelope.result() == null) {
            throw ApiException.unreadableAnswer(operation, status, List.of(), rateLimit, traceId,
                    "the body has no result", null);
        }
        return envelope.result();
    }

    private HttpResponse<byte[]> send(ApiOperation operation, HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            LOG.debug("{} {} {} -> {} in {} ms, traceparent {}", operation.operationId(), request.method(),
                    request.uri().getPath(), response.statusCode(), millisSince(started),
                    AnswerParts.traceId(response.headers()));
            return response;
        } catch (IOException e) {
            logNoAnswer(operation, request, started, e);
            throw NetworkFailures.noAnswer(operation, e, credentials);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            logNoAnswer(operation, request, started, e);
            // The request may already be on the wire: treat it like a lost answer, not like "not sent".
            throw ApiException.network(operation, true, "interrupted while waiting for the answer", e);
        }
    }

    private void notifyListener(ApiOperation operation, int status, RateLimitInfo rateLimit) {
        try {
            listener.onResponse(operation, status, rateLimit);
        } catch (RuntimeException e) {
            // The request already happened: a failing listener must not make a delivered message look
            // failed, or the outbox would send it again.
            LOG.warn("Response listener failed for {}", operation.operationId(), e);
        }
    }

    private static void logNoAnswer(ApiOperation operation, HttpRequest request, long started, Exception e) {
        LOG.debug("{} {} {} -> no answer in {} ms: {}", operation.operationId(), request.method(),
                request.uri().getPath(), millisSince(started), e.getClass().getSimpleName());
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
