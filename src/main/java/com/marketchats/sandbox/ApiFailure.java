package com.marketchats.sandbox;

/**
 * An error answer, thrown from anywhere in request handling and written once by the router as
 * {@code {"status":"ERROR","errors":[{"code":…,"message":…}]}}. The spec leaves {@code code} free-form;
 * the sandbox uses the HTTP reason in upper snake case, as the docs' examples do ({@code UNAUTHORIZED}).
 */
final class ApiFailure extends Exception {

    private final int httpStatus;
    private final String code;

    private ApiFailure(int httpStatus, String code, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    static ApiFailure badRequest(String message) {
        return new ApiFailure(400, "BAD_REQUEST", message);
    }

    static ApiFailure unauthorized(String message) {
        return new ApiFailure(401, "UNAUTHORIZED", message);
    }

    static ApiFailure forbidden(String message) {
        return new ApiFailure(403, "FORBIDDEN", message);
    }

    static ApiFailure notFound(String message) {
        return new ApiFailure(404, "NOT_FOUND", message);
    }

    static ApiFailure methodNotAllowed(String message) {
        return new ApiFailure(405, "METHOD_NOT_ALLOWED", message);
    }

    static ApiFailure rateLimited(String message) {
        return new ApiFailure(420, "HIT_RATE_LIMIT", message);
    }

    static ApiFailure internalError(String message) {
        return new ApiFailure(500, "INTERNAL_ERROR", message);
    }

    int httpStatus() {
        return httpStatus;
    }

    String code() {
        return code;
    }
}
