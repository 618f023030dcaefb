package com.marketchats.sandbox;

import com.marketchats.api.ApiLimits;
import com.marketchats.api.ApiOperation;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seven operations under {@code /v2/businesses/{businessId}/…}: finds the operation by path and
 * method, then takes each request through the same steps, in this order: credentials, the business
 * id's form, the parallel limit, a fault storm, the hourly limit, a fault delay, scope, body size,
 * business, an injected 500, and finally the operation itself (possibly with its answer cut).
 */
final class ApiRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);

    private static final Pattern PATH = Pattern.compile("^/v2/businesses/([^/]+)(/.+)$");

    /**
     * Room for the multipart framing around a 5 MB file (boundaries, part headers), so that a file of
     * 5 MB + 1 byte is still read whole and refused for its own size, not for the body's.
     */
    private static final int MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    /** Path suffix → HTTP method → operation, from {@link ApiOperation}; {@code /chats/message} carries two. */
    private static final Map<String, Map<String, ApiOperation>> ROUTES = routes();

    private final SandboxState state;
    private final RateLimiter limiter;
    private final FaultInjector faults;
    private final SandboxKeys keys;
    private final AnswerWriter writer;
    private final Map<ApiOperation, Operation> operations = new EnumMap<>(ApiOperation.class);

    ApiRouter(OperationContext context, RateLimiter limiter, FaultInjector faults, SandboxKeys keys,
              AnswerWriter writer) {
        this.state = context.state();
        this.limiter = limiter;
        this.faults = faults;
        this.keys = keys;
        this.writer = writer;
        ChatListOperations chats = new ChatListOperations(context);
        HistoryOperations history = new HistoryOperations(context);
        MessageOperations messages = new MessageOperations(context);
        FileUploadOperation files = new FileUploadOperation(context);
        operations.put(ApiOperation.GET_CHATS, chats::getChats);
        operations.put(ApiOperation.GET_CHAT, chats::getChat);
        operations.put(ApiOperation.GET_CHAT_HISTORY, history::getChatHistory);
        operations.put(ApiOperation.GET_CHAT_MESSAGE, history::getChatMessage);
        operations.put(ApiOperation.SEND_MESSAGE_TO_CHAT, messages::sendMessage);
        operations.put(ApiOperation.CREATE_CHAT, messages::createChat);
        operations.put(ApiOperation.SEND_FILE_TO_CHAT, files::sendFile);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
        if (!path.matches() || !ROUTES.containsKey(path.group(2))) {
            exchange.getRequestBody().close();
            writer.plainError(exchange, ApiFailure.notFound("Resource not found"));
            return;
        }
        Map<String, ApiOperation> byMethod = ROUTES.get(path.group(2));
        ApiOperation operation = byMethod.get(exchange.getRequestMethod());
        if (operation == null) {
            exchange.getRequestBody().close();
            exchange.getResponseHeaders().set("Allow", String.join(", ", byMethod.keySet()));
            writer.plainError(exchange, ApiFailure.methodNotAllowed(
                    "Method " + exchange.getRequestMethod() + " is not allowed here"));
            return;
        }
        serve(exchange, operation, path.group(1));
    }

    /** How a request ended: a result to send, an error to send, or a result whose answer is to be cut. */
    private record Outcome(Object result, ApiFailure failure, boolean cut) {

        static Outcome ok(Object result) {
            return new Outcome(result, null, false);
        }

        static Outcome cut(Object result) {
            return new Outcome(result, null, true);
        }

        static Outcome error(ApiFailure failure) {
            return new Outcome(null, failure, false);
        }
    }

    /**
     * Decides the answer while holding the business's place among its requests in flight, and gives
     * the place back before writing: a client that waits for an answer before sending its next
     * request must never find its own finished request still counted.
     */
    private void serve(HttpExchange exchange, ApiOperation operation, String rawBusinessId) throws IOException {
        int maxBody = operation == ApiOperation.SEND_FILE_TO_CHAT
                ? Math.toIntExact(ApiLimits.MAX_FILE_BYTES) + MULTIPART_OVERHEAD_BYTES
                : ApiLimits.MAX_REQUEST_BODY_BYTES;
        BoundedBody body = BoundedBody.read(exchange.getRequestBody(), maxBody);
        long businessId = parseBusinessId(rawBusinessId);
        RateLimitSnapshot limits = limiter.peek(businessId, operation);
        boolean entered = false;
        boolean reserved = false;
        Outcome outcome;
        try {
            SandboxCredentials.Access access = SandboxCredentials.authenticate(exchange.getRequestHeaders(), keys);
            if (businessId < 1) {
                throw ApiFailure.badRequest("Path parameter 'businessId' must be an int64 of at least 1 (rejected value: '"
                        + rawBusinessId + "')");
            }
            keys.checkBusiness(exchange.getRequestHeaders().getFirst("Api-Key"), businessId);
            entered = limiter.enter(businessId);
            if (!entered) {
                throw ApiFailure.rateLimited("Hit rate limit of " + ApiLimits.MAX_PARALLEL_REQUESTS
                        + " parallel requests for businessId " + businessId);
            }
            Optional<Instant> storm = faults.stormUntil(state.clock().instant());
            if (storm.isPresent()) {
                limits = new RateLimitSnapshot(limiter.limit(operation), 0, storm.get());
                throw hourlyLimitHit(operation);
            }
            RateLimiter.Reservation reservation = limiter.reserve(businessId, operation);
            limits = reservation.snapshot();
            if (!reservation.granted()) {
                throw hourlyLimitHit(operation);
            }
            reserved = true;
            pause(faults.delay());
            if (operation.isWrite() && (access == SandboxCredentials.Access.READ_ONLY || faults.writesRefused())) {
                throw ApiFailure.forbidden(SandboxCredentials.NO_SCOPE_MESSAGE);
            }
            if (body.tooBig()) {
                throw ApiFailure.badRequest("The request is too big");
            }
            if (!state.hasBusiness(businessId)) {
                throw ApiFailure.notFound("Business " + businessId + " not found");
            }
            if (faults.rollFailure()) {
                throw ApiFailure.internalError("Internal error, injected by the sandbox; nothing was changed");
            }
            outcome = run(operation, new OperationRequest(businessId,
                    QueryParams.parse(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(),
                    body.bytes()));
        } catch (ApiFailure failure) {
            outcome = Outcome.error(failure);
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly", operation.operationId(), e);
            outcome = Outcome.error(ApiFailure.internalError("Internal error"));
        } finally {
            if (entered) {
                limiter.leave(businessId);
            }
        }
        if (outcome.failure() != null && outcome.failure().httpStatus() >= 500 && reserved) {
            limiter.refund(businessId, operation);
            limits = limiter.peek(businessId, operation);
        }
        if (outcome.failure() != null) {
            writer.error(exchange, operation, outcome.failure(), limits);
        } else if (outcome.cut()) {
            writer.cut(exchange, operation, outcome.result(), limits);
        } else {
            writer.ok(exchange, operation, outcome.result(), limits);
        }
    }

    /**
     * Runs the operation. A plain reset loses the answer of a read, or loses a write before it is
     * applied; fail-after-commit applies the write and then loses its answer.
     */
    private Outcome run(ApiOperation operation, OperationRequest request) throws ApiFailure {
        boolean commitThenCut = operation.isWrite() && faults.rollFailAfterCommit();
        boolean cut = !commitThenCut && faults.rollReset();
        if (cut && operation.isWrite()) {
            return Outcome.cut(null);
        }
        Object result = operations.get(operation).handle(request);
        return cut || commitThenCut ? Outcome.cut(result) : Outcome.ok(result);
    }

    private ApiFailure hourlyLimitHit(ApiOperation operation) {
        return ApiFailure.rateLimited("Hit rate limit of " + limiter.limit(operation)
                + " requests per hour for resource " + operation.operationId());
    }

    private static Map<String, Map<String, ApiOperation>> routes() {
        Map<String, Map<String, ApiOperation>> routes = new HashMap<>();
        for (ApiOperation operation : ApiOperation.values()) {
            routes.computeIfAbsent(operation.pathSuffix(), suffix -> new TreeMap<>())
                    .put(operation.httpMethod(), operation);
        }
        return Map.copyOf(routes);
    }

    /** The path's business id, or 0 when it is not a positive int64. */
    private static long parseBusinessId(String raw) {
        try {
            return Math.max(0, Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
