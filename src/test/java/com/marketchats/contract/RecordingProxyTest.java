package com.marketchats.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy forwards to a trivial target server, answers with the target's answer and records both. */
class RecordingProxyTest {

    private static final int PARALLEL = 4;

    private final Map<String, HttpExchange> seenByTarget = new ConcurrentHashMap<>();
    private final Map<String, byte[]> bodiesSeenByTarget = new ConcurrentHashMap<>();
    private final CountDownLatch inFlight = new CountDownLatch(PARALLEL);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private ExecutorService targetThreads;
    private HttpServer target;
    private RecordingProxy proxy;

    @BeforeEach
    void start() throws IOException {
        targetThreads = Executors.newFixedThreadPool(PARALLEL * 2);
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", this::answer);
        target.setExecutor(targetThreads);
        target.start();
        proxy = RecordingProxy.start(URI.create("http://127.0.0.1:" + target.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        proxy.close();
        target.stop(0);
        targetThreads.shutdownNow();
    }

    /** Echoes the body; /missing answers 404; /parallel/* waits until PARALLEL requests are in flight. */
    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            seenByTarget.put(path, exchange);
            bodiesSeenByTarget.put(path, body);
            int status = 201;
            if (path.startsWith("/parallel/")) {
                inFlight.countDown();
                status = awaitQuietly() ? 200 : 504;
                body = path.getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/missing")) {
                status = 404;
                body = "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"NOT_FOUND\"}]}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", path.equals("/missing") ? "application/json" : "application/octet-stream");
            exchange.getResponseHeaders().add("X-Seen-Method", exchange.getRequestMethod());
            exchange.getResponseHeaders().add("X-Multi", "one");
            exchange.getResponseHeaders().add("X-Multi", "two");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private boolean awaitQuietly() {
        try {
            return inFlight.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void forwardsBinaryPostUnchangedAndRecordsIt() throws Exception {
        byte[] body = new byte[70_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i; // all 256 byte values, CR and LF included
        }
        String type = "multipart/form-data; boundary=xyz";
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        proxy.baseUri().resolve("/v2/businesses/7/chats/file/send?chatId=5&note=a%20b"))
                .header("Api-Key", "ACMA:k:1").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo(body);
        assertThat(response.headers().allValues("X-Multi")).containsExactly("one", "two");
        assertThat(response.headers().firstValue("X-Seen-Method")).hasValue("POST");

        HttpExchange seen = seenByTarget.get("/v2/businesses/7/chats/file/send");
        assertThat(seen.getRequestURI().getRawQuery()).isEqualTo("chatId=5&note=a%20b");
        assertThat(seen.getRequestHeaders().getFirst("Api-Key")).isEqualTo("ACMA:k:1");
        assertThat(bodiesSeenByTarget.get("/v2/businesses/7/chats/file/send")).isEqualTo(body);

        assertThat(proxy.exchanges()).hasSize(1);
        RecordedExchange recorded = proxy.exchanges().get(0);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v2/businesses/7/chats/file/send");
        assertThat(recorded.query()).isEqualTo("chatId=5&note=a%20b");
        assertThat(recorded.queryParameters()).containsEntry("note", List.of("a b"));
        assertThat(recorded.requestHeader("api-key")).hasValue("ACMA:k:1");
        assertThat(recorded.requestContentType()).isEqualTo(type);
        assertThat(recorded.requestBody()).isEqualTo(body);
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.responseHeaders().get("x-multi")).containsExactly("one", "two");
        assertThat(recorded.responseHeader("Content-Type")).hasValue("application/octet-stream");
        assertThat(recorded.responseBody()).isEqualTo(body);
        assertThat(proxy.failures()).isEmpty();
    }

    @Test
    void passesErrorStatusesAndBodylessRequestsThrough() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(proxy.baseUri().resolve("/missing"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("NOT_FOUND");
        RecordedExchange recorded = proxy.exchanges().get(0);
        assertThat(recorded.method()).isEqualTo("GET");
        assertThat(recorded.query()).isEmpty();
        assertThat(recorded.requestBody()).isEmpty();
        assertThat(recorded.status()).isEqualTo(404);
        assertThat(recorded.responseBodyText()).isEqualTo(response.body());
        assertThat(seenByTarget.get("/missing").getRequestHeaders().getFirst("User-Agent"))
                .isEqualTo(recorded.requestHeader("User-Agent").orElseThrow());
    }

    @Test
    void forwardsConcurrentRequestsConcurrently() {
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, PARALLEL * 2)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(proxy.baseUri().resolve("/parallel/" + i))
                        .POST(HttpRequest.BodyPublishers.ofString("n" + i)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();

        // The target holds each answer until PARALLEL requests are in flight at once (504 after 10 s).
        responses.forEach(future -> assertThat(future.join().statusCode()).isEqualTo(200));
        assertThat(proxy.exchanges()).hasSize(PARALLEL * 2)
                .allSatisfy(exchange -> assertThat(exchange.responseBodyText()).isEqualTo(exchange.path()));
        assertThat(proxy.exchanges().stream().map(RecordedExchange::path).distinct()).hasSize(PARALLEL * 2);
    }

    @Test
    void dropsHopByHopHeadersButRecordsWhatTheClientSent() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /hop?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nConnection: X-Hop\r\n"
                    + "X-Hop: secret\r\nProxy-Authorization: Basic Zm9v\r\nX-Kept: yes\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 201");
        }
        var seen = seenByTarget.get("/hop").getRequestHeaders();
        assertThat(seen.getFirst("X-Kept")).isEqualTo("yes");
        assertThat(seen.containsKey("X-Hop")).isFalse();
        assertThat(seen.containsKey("Proxy-Authorization")).isFalse();
        assertThat(proxy.exchanges().get(0).requestHeader("X-Hop")).hasValue("secret");
    }

    @Test
    void answers502AndRecordsNothingWhenTheTargetIsDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (RecordingProxy nowhere = RecordingProxy.start(URI.create("http://127.0.0.1:" + closedPort))) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(nowhere.baseUri().resolve("/v2/x"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(nowhere.exchanges()).isEmpty();
            assertThat(nowhere.failures()).singleElement().asString().startsWith("GET /v2/x");
        }
    }

    @Test
    void recordedTrafficCanBeCheckedAgainstTheSpec() throws Exception {
        client.send(HttpRequest.newBuilder(proxy.baseUri().resolve("/v2/businesses/7/chats/file/send?chatId=5"))
                .header("Api-Key", "ACMA:k:1").header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.txt\"\r\n\r\nhello\r\n--b--\r\n")).build(), HttpResponse.BodyHandlers.discarding());
        RecordedExchange recorded = proxy.exchanges().get(0);

        ValidationResult result = SpecContract.loadOrSkip().validateRequest(recorded);

        assertThat(result.problems()).isEmpty();
        assertThat(result.operationId()).isEqualTo("sendFileToChat");
    }
}
