package com.marketchats.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketchats.api.ApiJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Plain java.net.http calls to a sandbox, the way any client would make them; no ChatsApi involved. */
final class SandboxHttp {

    /** An answer: status, headers, the raw body and the body read as JSON (null when not JSON). */
    record Answer(int status, HttpHeaders headers, byte[] body, JsonNode json) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode result() {
            return json.get("result");
        }

        String errorMessage() {
            return json.get("errors").get(0).get("message").asText();
        }
    }

    static final String BOUNDARY = "----SandboxTestBoundary7MA4YWxkTrZu0gW";

    private final SandboxServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    SandboxHttp(SandboxServer server) {
        this.server = server;
    }

    /** {@code /v2/businesses/{demo business}/} + the rest. */
    String path(String rest) {
        return "/v2/businesses/" + server.demoBusinessId() + "/" + rest;
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    /** POST with a JSON body and the full-access key. */
    Answer post(String rest, String json) {
        return send(request(path(rest)).header("Api-Key", server.demoApiKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GET with the full-access key. */
    Answer get(String rest) {
        return send(request(path(rest)).header("Api-Key", server.demoApiKey()).GET());
    }

    Answer send(HttpRequest.Builder request) {
        try {
            return sendOrFail(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #send} but lets an I/O failure (e.g. a cut connection) through as it is. */
    Answer sendOrFail(HttpRequest.Builder request) throws IOException {
        try {
            return toAnswer(client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<Answer> sendAsync(HttpRequest.Builder request) {
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(SandboxHttp::toAnswer);
    }

    /** A multipart/form-data upload of one part named {@code partName}. */
    HttpRequest.Builder upload(long chatId, String partName, String fileName, byte[] content) {
        return request(path("chats/file/send?chatId=" + chatId))
                .header("Api-Key", server.demoApiKey())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(partName, fileName, content)));
    }

    static byte[] multipart(String partName, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static Answer toAnswer(HttpResponse<byte[]> response) {
        JsonNode json = null;
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            try {
                json = ApiJson.mapper().readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Answer(response.statusCode(), response.headers(), response.body(), json);
    }
}
