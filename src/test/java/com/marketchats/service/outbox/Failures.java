package com.marketchats.service.outbox;

import com.marketchats.api.ApiException;
import com.marketchats.api.ApiOperation;
import com.marketchats.api.RateLimitInfo;
import com.marketchats.api.dto.ApiError;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** The ApiExceptions the real client throws, made by hand for the scripted API. */
final class Failures {

    static final ApiOperation SEND = ApiOperation.SEND_MESSAGE_TO_CHAT;

    private Failures() {
    }

    /** An HTTP error answer with one API error. */
    static ApiException status(int status, String code, String message) {
        return ApiException.errorAnswer(SEND, status, List.of(new ApiError(code, message)), RateLimitInfo.NONE, null);
    }

    static ApiException rateLimited(long remaining, Instant until) {
        return ApiException.errorAnswer(SEND, 420,
                List.of(new ApiError("HIT_RATE_LIMIT", "Hit rate limit of 1000 requests per hour")),
                new RateLimitInfo(1000L, remaining, until), null);
    }

    /** No answer; {@code uncertain}: the request may have reached the server. */
    static ApiException network(boolean uncertain) {
        return ApiException.network(SEND, uncertain, uncertain ? "connection reset" : "connection refused",
                new IOException(uncertain ? "Connection reset" : "Connection refused"));
    }

    /** A 200 whose body could not be read: handled by the server, result unknown. */
    static ApiException unreadableAnswer() {
        return ApiException.unreadableAnswer(SEND, 200, List.of(), RateLimitInfo.NONE, null,
                "the body is not the expected JSON", null);
    }

    static ApiException invalidInput(ApiException.InputProblem problem) {
        return ApiException.invalidInput(SEND, problem, "refused by the client");
    }
}
