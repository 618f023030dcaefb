package com.marketchats.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A test HTTP server on 127.0.0.1 that records every request and answers with canned responses in the
 * order they were queued. It can also misbehave: close the connection without answering, or never answer.
 */
final class ScriptedServer implements AutoCloseable {

    /** One request as the server saw it; header names are case-insensitive. */
    record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        boolean hasHeader(String name) {
            return headers.containsKey(name);
        }

        /** Decoded query parameters in the order sent. */
        Map<String, String> query() {
            Map<String, String> params = new LinkedHashMap<>();
            if (rawQuery != null && !rawQuery.isEmpty()) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return params;
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What to answer; build with {@link #json} or the misbehaviours. */
    record Canned(int status, Map<String, String> headers, byte[] body, Behaviour behaviour) {

        Canned withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Canned(status, more, body, behaviour);
        }
    }

    enum Behaviour { ANSWER, CLOSE_WITHOUT_ANSWER, NEVER_ANSWER }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Queue<Canned> script = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private ScriptedServer(String bindAddress) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server on 127.0.0.1 at a free port. */
    static ScriptedServer start() throws IOException {
        return new ScriptedServer("127.0.0.1");
    }

    static Canned json(int status, String body) {
        return new Canned(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8),
                Behaviour.ANSWER);
    }

    static Canned raw(int status, String contentType, byte[] body) {
        return new Canned(status, Map.of("Content-Type", contentType), body, Behaviour.ANSWER);
    }

    static Canned ok() {
        return json(200, "{\"status\":\"OK\"}");
    }

    static Canned closeWithoutAnswer() {
        return new Canned(0, Map.of(), new byte[0], Behaviour.CLOSE_WITHOUT_ANSWER);
    }

    static Canned neverAnswer() {
        return new Canned(0, Map.of(), new byte[0], Behaviour.NEVER_ANSWER);
    }

    ScriptedServer enqueue(Canned... answers) {
        Collections.addAll(script, answers);
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    Recorded onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size());
        }
        return requests.get(0);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        URI uri = exchange.getRequestURI();
        requests.add(new Recorded(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers, body));

        Canned answer = script.poll();
        if (answer == null) {
            answer = json(599, "{\"status\":\"ERROR\",\"errors\":[{\"code\":\"TEST\",\"message\":\"no canned answer\"}]}");
        }
        switch (answer.behaviour()) {
            case CLOSE_WITHOUT_ANSWER -> exchange.close(); // no headers sent yet: the connection is dropped
            case NEVER_ANSWER -> awaitClose(exchange);
            case ANSWER -> answer(exchange, answer);
        }
    }

    private void awaitClose(HttpExchange exchange) {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    private static void answer(HttpExchange exchange, Canned answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }
}
