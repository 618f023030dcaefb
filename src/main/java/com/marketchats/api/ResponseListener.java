package com.marketchats.api;

/**
 * Told about every answer the API gives, success or failure, so the request budget can follow the
 * server's own count ({@code X-RateLimit-Resource-*}). Not called when no answer came (network failure)
 * nor for attachment downloads, which are not API operations. Called on the calling thread, before the
 * operation returns or throws; it should be quick and must not call the API.
 */
@FunctionalInterface
public interface ResponseListener {

    ResponseListener NONE = (operation, httpStatus, rateLimit) -> { };

    /**
     * @param operation  the operation that was answered
     * @param httpStatus the answer's HTTP status
     * @param rateLimit  the answer's rate-limit headers; never null, its fields may be
     */
    void onResponse(ApiOperation operation, int httpStatus, RateLimitInfo rateLimit);
}
