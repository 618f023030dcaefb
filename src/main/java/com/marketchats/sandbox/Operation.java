package com.marketchats.sandbox;

/** One of the seven operations, past authentication and limits. */
@FunctionalInterface
interface Operation {

    /**
     * Runs the operation and returns the answer's {@code result}, or null for answers that are just
     * {@code {"status":"OK"}}; throws the error answer otherwise.
     */
    Object handle(OperationRequest request) throws ApiFailure;
}
