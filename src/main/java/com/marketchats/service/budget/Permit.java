package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;

/**
 * Leave from a {@link RequestBudget} to make one request of one method. Holding it takes one of the
 * business's request slots; {@link #close()} gives the slot back (closing twice does nothing). Acquire,
 * call and close on the same thread: the budget matches the answer's rate-limit headers to the permit
 * of the thread that made the call.
 */
public final class Permit implements AutoCloseable {

    private final RequestBudget budget;
    private final ApiOperation operation;
    private final Priority priority;
    private final Thread owner;
    // Guarded by the budget's lock.
    boolean closed;
    boolean answered;
    boolean refunded;

    Permit(RequestBudget budget, ApiOperation operation, Priority priority, Thread owner) {
        this.budget = budget;
        this.operation = operation;
        this.priority = priority;
        this.owner = owner;
    }

    public ApiOperation operation() {
        return operation;
    }

    public Priority priority() {
        return priority;
    }

    /**
     * Says that the request never left (refused locally, or the connection could not be made), so it
     * does not count against the method's hourly quota. Does nothing after the server answered.
     */
    public void markNotSent() {
        budget.notSent(this);
    }

    /** Gives the request slot back. */
    @Override
    public void close() {
        budget.release(this);
    }

    Thread owner() {
        return owner;
    }

    @Override
    public String toString() {
        return "Permit[" + operation.operationId() + ", " + priority + (closed ? ", closed]" : "]");
    }
}
