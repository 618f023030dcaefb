package com.marketchats.contract;

import com.marketchats.api.ApiCredentials;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.HttpChatsApi;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.sandbox.SandboxConfig;
import com.marketchats.sandbox.SandboxServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end rig of the contract tests: a {@link SandboxServer}, a {@link RecordingProxy} in front
 * of it, and the real {@link HttpChatsApi} pointed at the proxy, so that every request the client sends
 * and every answer the sandbox gives is recorded for {@link SpecContract}.
 */
final class SandboxBehindProxy implements AutoCloseable {

    private final SandboxServer sandbox;
    private final RecordingProxy proxy;
    private final List<RecordedExchange> validated = new ArrayList<>();

    private SandboxBehindProxy(SandboxServer sandbox, RecordingProxy proxy) {
        this.sandbox = sandbox;
        this.proxy = proxy;
    }

    static SandboxBehindProxy start(SandboxConfig config) {
        SandboxServer sandbox = SandboxServer.start(config);
        try {
            return new SandboxBehindProxy(sandbox, RecordingProxy.start(URI.create(sandbox.baseUrl())));
        } catch (IOException e) {
            sandbox.close();
            throw new UncheckedIOException(e);
        }
    }

    SandboxServer sandbox() {
        return sandbox;
    }

    RecordingProxy proxy() {
        return proxy;
    }

    long businessId() {
        return sandbox.demoBusinessId();
    }

    /** The client with the full-access demo key, through the proxy. */
    HttpChatsApi client() {
        return client(ApiCredentials.apiKey(sandbox.demoApiKey()));
    }

    /** A client of the demo business with these credentials, through the proxy. */
    HttpChatsApi client(ApiCredentials credentials) {
        return client(businessId(), credentials);
    }

    HttpChatsApi client(long businessId, ApiCredentials credentials) {
        return clientAt(proxy.baseUri(), businessId, credentials);
    }

    /** A client with the demo key that talks to the sandbox directly: nothing it sends is recorded. */
    HttpChatsApi unrecordedClient() {
        return clientAt(URI.create(sandbox.baseUrl()), businessId(), ApiCredentials.apiKey(sandbox.demoApiKey()));
    }

    private static HttpChatsApi clientAt(URI baseUrl, long businessId, ApiCredentials credentials) {
        return HttpChatsApi.builder()
                .baseUrl(baseUrl)
                .businessId(businessId)
                .credentials(credentials)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Every exchange recorded so far; fails if the proxy could not forward a request. */
    List<RecordedExchange> exchanges() {
        assertThat(proxy.failures()).as("requests the proxy could not forward").isEmpty();
        return proxy.exchanges();
    }

    /**
     * Checks every exchange recorded since the last call, request and answer, against the spec and
     * {@link #assertRateLimitHeaders}, then forgets them; those that passed are kept in
     * {@link #validated()}. Nothing recorded is fine: a test may send through a rig of its own.
     */
    void validateRecorded(SpecContract contract) {
        List<RecordedExchange> recorded = exchanges();
        proxy.clear();
        if (!recorded.isEmpty()) {
            contract.assertAllValid(recorded);
            assertRateLimitHeaders(recorded);
            validated.addAll(recorded);
        }
    }

    /** Every exchange {@link #validateRecorded} has passed so far. */
    List<RecordedExchange> validated() {
        return List.copyOf(validated);
    }

    /** Prints how many exchanges conformed, by operation and status, and returns that breakdown. */
    static Map<String, SortedSet<Integer>> report(String who, SpecContract contract,
                                                  Collection<RecordedExchange> exchanges) {
        Map<String, SortedSet<Integer>> seen = statusesByOperation(contract, exchanges);
        System.out.println(who + ": " + exchanges.size() + " recorded exchanges conform to the spec: " + seen);
        return seen;
    }

    @Override
    public void close() {
        proxy.close();
        sandbox.close();
    }

    /** Operation → the statuses it was answered with, e.g. {@code getChat=[200, 404]}; for reports and coverage. */
    static Map<String, SortedSet<Integer>> statusesByOperation(SpecContract contract,
                                                              Collection<RecordedExchange> exchanges) {
        Map<String, SortedSet<Integer>> seen = new TreeMap<>();
        exchanges.forEach(exchange -> seen.computeIfAbsent(
                contract.operationId(exchange.method(), exchange.path()).orElse("(no operation)"),
                id -> new TreeSet<>()).add(exchange.status()));
        return seen;
    }

    /**
     * The spec declares no response headers, but the API's docs (contract §5) say every answer carries
     * the three {@code X-RateLimit-Resource-*} headers: checks that each recorded answer has all three,
     * readable, with the operation's hourly limit, a remaining count within it and a future window end.
     */
    static void assertRateLimitHeaders(Collection<RecordedExchange> exchanges) {
        for (RecordedExchange exchange : exchanges) {
            String subject = exchange.method() + " " + exchange.pathAndQuery() + " -> " + exchange.status();
            ApiOperation operation = operationOf(exchange)
                    .orElseThrow(() -> new AssertionError(subject + " is none of the seven operations"));
            RateLimitInfo info = RateLimitInfo.parse(header(exchange, RateLimitInfo.LIMIT_HEADER),
                    header(exchange, RateLimitInfo.REMAINING_HEADER),
                    header(exchange, RateLimitInfo.UNTIL_HEADER));
            assertThat(info.limit()).as(subject + " " + RateLimitInfo.LIMIT_HEADER).isEqualTo(operation.hourlyLimit());
            assertThat(info.remaining()).as(subject + " " + RateLimitInfo.REMAINING_HEADER)
                    .isNotNull().isBetween(0L, (long) operation.hourlyLimit());
            assertThat(info.until()).as(subject + " " + RateLimitInfo.UNTIL_HEADER).isNotNull();
        }
    }

    private static String header(RecordedExchange exchange, String name) {
        return exchange.responseHeader(name).orElse(null);
    }

    private static Optional<ApiOperation> operationOf(RecordedExchange exchange) {
        return Arrays.stream(ApiOperation.values())
                .filter(op -> op.httpMethod().equalsIgnoreCase(exchange.method()))
                .filter(op -> exchange.path().matches("/v2/businesses/[^/]+" + op.pathSuffix()))
                .findFirst();
    }
}
