package com.marketchats.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Configures an {@link HttpChatsApi}. Required: {@link #businessId(long)} and {@link #credentials}.
 * Either give a ready {@link HttpClient} or let the builder create one from the connect timeout and
 * executor; a given client must not follow redirects, because the client decides for each hop whether
 * the token may go there.
 */
public final class HttpChatsApiBuilder {

    /** The production API (spec {@code servers}). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.partner.market.yandex.ru");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Uploads and downloads move up to 5 MB, which takes longer on a slow line than a JSON call. */
    public static final Duration DEFAULT_UPLOAD_TIMEOUT = Duration.ofMinutes(2);

    private URI baseUrl = DEFAULT_BASE_URL;
    private long businessId;
    private ApiCredentials credentials;
    private HttpClient httpClient;
    private Executor executor;
    private Duration connectTimeout;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration uploadTimeout = DEFAULT_UPLOAD_TIMEOUT;
    private ResponseListener responseListener = ResponseListener.NONE;

    HttpChatsApiBuilder() {
    }

    /** The API's origin, e.g. the sandbox's {@code http://127.0.0.1:8080}; http or https, no query. */
    public HttpChatsApiBuilder baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        try {
            return baseUrl(URI.create(baseUrl.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a valid base URL: " + baseUrl, e);
        }
    }

    public HttpChatsApiBuilder baseUrl(URI baseUrl) {
        this.baseUrl = checkBaseUrl(Objects.requireNonNull(baseUrl, "baseUrl"));
        return this;
    }

    /** The cabinet (business) id, at least 1. */
    public HttpChatsApiBuilder businessId(long businessId) {
        if (businessId < 1) {
            throw new IllegalArgumentException("businessId must be at least 1, was " + businessId);
        }
        this.businessId = businessId;
        return this;
    }

    public HttpChatsApiBuilder credentials(ApiCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return this;
    }

    /** Use this client instead of creating one; it must use {@link HttpClient.Redirect#NEVER}. */
    public HttpChatsApiBuilder httpClient(HttpClient httpClient) {
        Objects.requireNonNull(httpClient, "httpClient");
        if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException(
                    "The HttpClient must not follow redirects: the token could follow a redirect to another host");
        }
        this.httpClient = httpClient;
        return this;
    }

    /** The executor of the client the builder creates (not allowed with {@link #httpClient}). */
    public HttpChatsApiBuilder executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /** Connect timeout of the client the builder creates (not allowed with {@link #httpClient}); default 10 s. */
    public HttpChatsApiBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return this;
    }

    /** How long a JSON call may wait for the answer's headers; default 30 s. */
    public HttpChatsApiBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = positive(requestTimeout, "requestTimeout");
        return this;
    }

    /** How long a file upload or attachment download may wait for the answer's headers; default 2 min. */
    public HttpChatsApiBuilder uploadTimeout(Duration uploadTimeout) {
        this.uploadTimeout = positive(uploadTimeout, "uploadTimeout");
        return this;
    }

    /** Told about every answer and its rate-limit headers; default: nobody. */
    public HttpChatsApiBuilder responseListener(ResponseListener responseListener) {
        this.responseListener = Objects.requireNonNull(responseListener, "responseListener");
        return this;
    }

    public HttpChatsApi build() {
        if (businessId < 1) {
            throw new IllegalStateException("businessId is required");
        }
        if (credentials == null) {
            throw new IllegalStateException("credentials are required");
        }
        if (httpClient != null && (executor != null || connectTimeout != null)) {
            throw new IllegalStateException(
                    "executor and connectTimeout configure the client the builder creates; set them on the given HttpClient instead");
        }
        return new HttpChatsApi(this, httpClient != null ? httpClient : createClient());
    }

    URI baseUrl() {
        return baseUrl;
    }

    long businessId() {
        return businessId;
    }

    ApiCredentials credentials() {
        return credentials;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    Duration uploadTimeout() {
        return uploadTimeout;
    }

    ResponseListener responseListener() {
        return responseListener;
    }

    private HttpClient createClient() {
        HttpClient.Builder client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (executor != null) {
            client.executor(executor);
        }
        return client.build();
    }

    private static URI checkBaseUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The base URL must be an http(s) origin without query, e.g. "
                    + DEFAULT_BASE_URL + "; was " + uri);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // Paths are appended as "/v2/…", so a trailing slash would double it.
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return duration;
    }
}
