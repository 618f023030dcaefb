package com.marketchats.api;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Builds the exact requests the spec describes for one business: path, query, headers, body.
 * Every request carries the credentials and {@code Accept: application/json}; JSON bodies carry
 * {@code Content-Type: application/json}.
 */
final class RequestFactory {

    static final String JSON = "application/json";

    private final String baseUrl;
    private final long businessId;
    private final ApiCredentials credentials;
    private final Duration requestTimeout;
    private final Duration uploadTimeout;

    /** {@code baseUrl} without a trailing slash, e.g. {@code https://api.partner.market.yandex.ru}. */
    RequestFactory(String baseUrl, long businessId, ApiCredentials credentials, Duration requestTimeout,
            Duration uploadTimeout) {
        this.baseUrl = baseUrl;
        this.businessId = businessId;
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
        this.uploadTimeout = uploadTimeout;
    }

    /** A GET with query parameters given as name, value pairs; null values are left out. */
    HttpRequest get(ApiOperation operation, Object... query) {
        return start(operation, requestTimeout, query).GET().build();
    }

    /** A POST with {@code body} as JSON; absent fields are left out, so an empty filter is {@code {}}. */
    HttpRequest postJson(ApiOperation operation, Object body, Object... query) {
        byte[] json;
        try {
            json = ApiJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the " + operation.operationId() + " body as JSON", e);
        }
        return start(operation, requestTimeout, query)
                .header("Content-Type", JSON)
                .POST(BodyPublishers.ofByteArray(json))
                .build();
    }

    /** A POST of a multipart upload; it gets the longer upload timeout since 5 MB may take a while. */
    HttpRequest postMultipart(ApiOperation operation, MultipartUpload upload, Object... query) {
        return start(operation, uploadTimeout, query)
                .header("Content-Type", upload.contentType())
                .POST(upload.publisher())
                .build();
    }

    URI uri(ApiOperation operation, Object... query) {
        StringBuilder url = new StringBuilder(baseUrl).append(operation.path(businessId));
        char separator = '?';
        for (int i = 0; i + 1 < query.length; i += 2) {
            Object value = query[i + 1];
            if (value != null) {
                url.append(separator).append(query[i]).append('=').append(encode(value.toString()));
                separator = '&';
            }
        }
        return URI.create(url.toString());
    }

    private HttpRequest.Builder start(ApiOperation operation, Duration timeout, Object... query) {
        return HttpRequest.newBuilder(uri(operation, query))
                .timeout(timeout)
                .header(credentials.headerName(), credentials.headerValue())
                .header("Accept", JSON);
    }

    /** Page tokens are opaque and may hold {@code + / =}; encode them so they arrive unchanged. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
