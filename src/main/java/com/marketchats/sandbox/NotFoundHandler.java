package com.marketchats.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** Every path that is neither an operation nor a served file: 404 in the API's error shape. */
final class NotFoundHandler implements HttpHandler {

    private final AnswerWriter writer;

    NotFoundHandler(AnswerWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().close();
        writer.plainError(exchange, ApiFailure.notFound("Resource not found"));
    }
}
