package com.marketchats.api;

import com.marketchats.api.dto.ApiError;

import java.util.List;
import java.util.Objects;

/**
 * Every way a call can fail, as one type a caller switches on by {@link #kind()}: input refused before
 * sending, an HTTP error answer (with the API's {@code errors[]} and rate-limit headers), or no answer.
 * Its message is for logs and never contains the API token; the UI localises from the kind and the
 * {@link #inputProblem()} instead.
 */
public final class ApiException extends RuntimeException {

    /** What went wrong, in the terms a caller reacts to. */
    public enum Kind {
        /** Refused locally; nothing was sent. See {@link ApiException#inputProblem()}. */
        INVALID_INPUT,
        /** 400: the API refused the request's data. */
        BAD_REQUEST,
        /** 401: the token is missing, malformed, revoked or of the wrong type. */
        UNAUTHORIZED,
        /** 403: the token lacks the scope, or the business is not active. */
        FORBIDDEN,
        /** 404: no such chat, message or business. */
        NOT_FOUND,
        /** 420 (the API's "Enhance Your Calm") or 429: wait until {@link RateLimitInfo#until()}. */
        RATE_LIMITED,
        /** 5xx: the API failed; worth retrying later. */
        SERVER_ERROR,
        /** No answer: connection failed, was reset, or timed out. See {@link ApiException#outcomeUncertain()}. */
        NETWORK,
        /** Any other status, or a 2xx answer whose body cannot be read. */
        UNEXPECTED;

        /** The kind of an HTTP error status; {@code UNEXPECTED} for anything the API does not document. */
        public static Kind ofStatus(int status) {
            return switch (status) {
                case 400 -> BAD_REQUEST;
                case 401 -> UNAUTHORIZED;
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                case 420, 429 -> RATE_LIMITED;
                default -> status >= 500 && status <= 599 ? SERVER_ERROR : UNEXPECTED;
            };
        }
    }

    /** Why input was refused before sending, for a localised message. */
    public enum InputProblem {
        MESSAGE_EMPTY,
        MESSAGE_TOO_LONG,
        FILE_MISSING,
        FILE_NOT_REGULAR,
        FILE_UNREADABLE,
        FILE_EMPTY,
        FILE_TOO_LARGE,
        LIMIT_OUT_OF_RANGE,
        ID_OUT_OF_RANGE,
        /** createChat without an ORDER or RETURN context. */
        CONTEXT_MISSING,
        /** An attachment URL that is not an absolute http(s) URL. */
        URL_INVALID,
        /** The download target's folder cannot be written. */
        TARGET_UNWRITABLE
    }

    private final Kind kind;
    private final InputProblem inputProblem;
    private final ApiOperation operation;
    private final int httpStatus;
    private final List<ApiError> errors;
    private final RateLimitInfo rateLimit;
    private final String traceId;
    private final boolean outcomeUncertain;

    private ApiException(Kind kind, InputProblem inputProblem, ApiOperation operation, int httpStatus,
            List<ApiError> errors, RateLimitInfo rateLimit, String traceId, boolean outcomeUncertain,
            String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.inputProblem = inputProblem;
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.rateLimit = rateLimit == null ? RateLimitInfo.NONE : rateLimit;
        this.traceId = traceId;
        this.outcomeUncertain = outcomeUncertain;
    }

    /** Input refused before anything was sent. {@code operation} is null for an attachment download. */
    public static ApiException invalidInput(ApiOperation operation, InputProblem problem, String detail) {
        Objects.requireNonNull(problem, "problem");
        return new ApiException(Kind.INVALID_INPUT, problem, operation, 0, List.of(), RateLimitInfo.NONE,
                null, false, describe(operation) + ": refused before sending, " + problem + ": " + detail, null);
    }

    /** An HTTP answer that is an error; the kind follows from the status. */
    public static ApiException errorAnswer(ApiOperation operation, int httpStatus, List<ApiError> errors,
            RateLimitInfo rateLimit, String traceId) {
        Kind kind = Kind.ofStatus(httpStatus);
        return new ApiException(kind, null, operation, httpStatus, errors, rateLimit, traceId, false,
                answerMessage(operation, kind, httpStatus, errors, traceId, null), null);
    }

    /**
     * A successful status whose body cannot be used. The server did answer, so the request was handled,
     * but its result is unknown: for a send that means "reconcile before sending again".
     */
    public static ApiException unreadableAnswer(ApiOperation operation, int httpStatus, List<ApiError> errors,
            RateLimitInfo rateLimit, String traceId, String detail, Throwable cause) {
        return new ApiException(Kind.UNEXPECTED, null, operation, httpStatus, errors, rateLimit, traceId, true,
                answerMessage(operation, Kind.UNEXPECTED, httpStatus, errors, traceId, detail), cause);
    }

    /** The client itself stopped a call that cannot end well, e.g. a server repeating a page token. */
    public static ApiException unexpected(ApiOperation operation, String detail) {
        return new ApiException(Kind.UNEXPECTED, null, operation, 0, List.of(), RateLimitInfo.NONE, null, false,
                describe(operation) + ": " + detail, null);
    }

    /**
     * No answer came back.
     *
     * @param outcomeUncertain true when the request may have reached the server (it was sent, or the
     *                         connection was open, when things went wrong)
     */
    public static ApiException network(ApiOperation operation, boolean outcomeUncertain, String detail,
            Throwable cause) {
        String certainty = outcomeUncertain ? "the request may have been processed" : "the request was not sent";
        return new ApiException(Kind.NETWORK, null, operation, 0, List.of(), RateLimitInfo.NONE, null,
                outcomeUncertain, describe(operation) + ": no answer (" + certainty + "): " + detail, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** Why the input was refused; null unless the kind is {@link Kind#INVALID_INPUT}. */
    public InputProblem inputProblem() {
        return inputProblem;
    }

    /** The operation that failed; null for an attachment download. */
    public ApiOperation operation() {
        return operation;
    }

    /** The answer's HTTP status; 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The API's {@code errors[]}; empty when the body had none or was not JSON. */
    public List<ApiError> errors() {
        return errors;
    }

    /** The answer's rate-limit headers; {@link RateLimitInfo#NONE} when there was no answer. */
    public RateLimitInfo rateLimit() {
        return rateLimit;
    }

    /** The answer's {@code traceparent} (or request-id) header, for support; null when absent. */
    public String traceId() {
        return traceId;
    }

    /**
     * True when the request may have reached the server although no usable answer came back: a
     * network failure after the connection was made (reset, closed, timed out) or a 2xx answer with
     * an unreadable body. A send that failed this way must be reconciled with the chat history before
     * it is sent again, or the buyer may get it twice.
     */
    public boolean outcomeUncertain() {
        return outcomeUncertain;
    }

    /** True when the same request may succeed later unchanged: server errors and network failures. */
    public boolean retryable() {
        return kind == Kind.SERVER_ERROR || kind == Kind.NETWORK;
    }

    private static String answerMessage(ApiOperation operation, Kind kind, int status, List<ApiError> errors,
            String traceId, String detail) {
        StringBuilder text = new StringBuilder(describe(operation))
                .append(": HTTP ").append(status).append(' ').append(kind);
        if (detail != null) {
            text.append(", ").append(detail);
        }
        if (errors != null) {
            for (ApiError error : errors) {
                text.append(" [").append(error.code()).append(": ").append(error.message()).append(']');
            }
        }
        if (traceId != null) {
            text.append(" (traceparent ").append(traceId).append(')');
        }
        return text.toString();
    }

    private static String describe(ApiOperation operation) {
        return operation == null ? "downloadAttachment" : operation.operationId();
    }
}
