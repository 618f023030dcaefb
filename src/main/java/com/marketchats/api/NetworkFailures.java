package com.marketchats.api;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Turns "no answer" into an {@link ApiException} of kind NETWORK, deciding whether the request may
 * have reached the server. Only failures that happen before a connection exists (refused, unresolved
 * host, no route, connect timeout) prove it did not; anything later (reset, closed, request timeout)
 * leaves the outcome open, and a send must then be reconciled before it is retried.
 */
final class NetworkFailures {

    private NetworkFailures() {
    }

    static ApiException noAnswer(ApiOperation operation, Exception failure, ApiCredentials credentials) {
        String detail = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + credentials.redact(failure.getMessage()));
        return ApiException.network(operation, mayHaveReachedServer(failure), detail, failure);
    }

    static boolean mayHaveReachedServer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnresolvedAddressException) {
                return false;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return true;
    }
}
