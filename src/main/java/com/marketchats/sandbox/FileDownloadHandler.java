package com.marketchats.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves attachments at {@code /sandbox/files/{fileId}/{name}}, the URLs the sandbox puts into message
 * payloads. Whether the same credentials as the API are required is a switch, because the spec does
 * not say (DESIGN.md §3). Downloads are not one of the seven operations: no limits, no faults.
 */
final class FileDownloadHandler implements HttpHandler {

    private static final Pattern PATH = Pattern.compile("^" + DtoMapper.FILES_PATH + "(\\d{1,18})/([^/]+)$");

    private final SandboxState state;
    private final boolean requireKey;
    private final SandboxKeys keys;
    private final AnswerWriter writer;

    FileDownloadHandler(SandboxState state, boolean requireKey, SandboxKeys keys, AnswerWriter writer) {
        this.state = state;
        this.requireKey = requireKey;
        this.keys = keys;
        this.writer = writer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().close();
        String method = exchange.getRequestMethod();
        try {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                throw ApiFailure.methodNotAllowed("Method " + method + " is not allowed here");
            }
            if (requireKey) {
                SandboxCredentials.authenticate(exchange.getRequestHeaders(), keys);
            }
            StoredFile file = find(exchange.getRequestURI().getRawPath())
                    .orElseThrow(() -> ApiFailure.notFound("File not found"));
            writer.bytes(exchange, 200, file.contentType(), file.bytes());
        } catch (ApiFailure failure) {
            writer.plainError(exchange, failure);
        }
    }

    /** The file whose id and name both match the path; a right id with a wrong name is not found. */
    private Optional<StoredFile> find(String rawPath) {
        Matcher matcher = PATH.matcher(rawPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name;
        try {
            name = URLDecoder.decode(matcher.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return state.files().find(Long.parseLong(matcher.group(1))).filter(file -> file.name().equals(name));
    }
}
