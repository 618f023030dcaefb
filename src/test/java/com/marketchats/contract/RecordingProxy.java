package com.marketchats.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP forwarding proxy on 127.0.0.1 for contract tests: point a client at
 * {@link #baseUri()}, and every request is forwarded to the target base URL; the target's answer
 * (status, headers, body) goes back unchanged and the exchange is recorded as a
 * {@link RecordedExchange}, to be checked afterwards with {@link SpecContract#assertAllValid}.
 *
 * <p>Hop-by-hop headers (RFC 9110 section 7.6.1: {@code Connection} and the headers it names,
 * {@code Keep-Alive}, {@code Proxy-*}, {@code TE}, {@code Trailer}, {@code Transfer-Encoding},
 * {@code Upgrade}) are not forwarded either way; {@code Host}, {@code Content-Length} and
 * {@code Expect} are set by the HTTP stack of each hop. Recorded request headers are the ones the
 * client sent (all of them); recorded response headers are the ones passed back to the client.
 * Bodies are handled as bytes, so binary multipart uploads pass through intact. Requests are served
 * on a thread pool, so concurrent requests are forwarded concurrently. When the target cannot be
 * reached the proxy answers 502, records nothing and keeps the error in {@link #failures()}.
 */
public final class RecordingProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Set by each hop's HTTP stack; the JDK client refuses to set them. */
    private static final Set<String> SET_BY_STACK = Set.of("host", "content-length", "expect");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String target;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client;
    private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private RecordingProxy(URI target) throws IOException {
        String base = target.toString();
        this.target = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "recording-proxy-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
    }

    /** Starts a proxy on a free port of 127.0.0.1 that forwards to {@code target} (scheme, host, port, optional base path). */
    public static RecordingProxy start(URI target) throws IOException {
        RecordingProxy proxy = new RecordingProxy(target);
        proxy.server.start();
        return proxy;
    }

    /** Where clients should send requests, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A snapshot of the exchanges recorded so far, in the order their answers were received. */
    public List<RecordedExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Requests that could not be forwarded (each was answered with 502 and not recorded). */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        exchanges.clear();
        failures.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            Map<String, List<String>> requestHeaders = exchange.getRequestHeaders();
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(toTarget(method, path, query, requestHeaders, requestBody),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException | IllegalArgumentException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                String failure = method + " " + path + (query == null ? "" : "?" + query) + ": " + e;
                failures.add(failure);
                reply(exchange, 502, Map.of("Content-Type", List.of("text/plain; charset=UTF-8")),
                        ("RecordingProxy could not reach the target: " + failure).getBytes(StandardCharsets.UTF_8), method);
                return;
            }
            Map<String, List<String>> responseHeaders = forwardable(answer.headers().map());
            exchanges.add(new RecordedExchange(method, path, query, requestHeaders, requestBody, null,
                    answer.statusCode(), responseHeaders, answer.body())); // before the client can see the answer
            reply(exchange, answer.statusCode(), responseHeaders, answer.body(), method);
        }
    }

    private HttpRequest toTarget(String method, String path, String query, Map<String, List<String>> headers,
                                 byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path + (query == null ? "" : "?" + query)))
                .timeout(TIMEOUT)
                .method(method, body.length == 0 && !hasBodyHeaders(headers) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        forwardable(headers).forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        return request.build();
    }

    /** True when the client framed a (possibly empty) body, so an empty POST keeps its Content-Length: 0. */
    private static boolean hasBodyHeaders(Map<String, List<String>> headers) {
        return headers.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .anyMatch(name -> name.equals("content-length") || name.equals("transfer-encoding"));
    }

    private static Map<String, List<String>> forwardable(Map<String, List<String>> headers) {
        Set<String> dropped = new HashSet<>(HOP_BY_HOP);
        dropped.addAll(SET_BY_STACK);
        headers.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("connection")) {
                values.forEach(value -> Arrays.stream(value.split(","))
                        .map(token -> token.trim().toLowerCase(Locale.ROOT)).forEach(dropped::add));
            }
        });
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (name != null && !name.startsWith(":") && !dropped.contains(name.toLowerCase(Locale.ROOT))) {
                kept.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
            }
        });
        return kept;
    }

    private static void reply(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body,
                              String method) throws IOException {
        headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
        boolean noBody = body.length == 0 || method.equalsIgnoreCase("HEAD") || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
