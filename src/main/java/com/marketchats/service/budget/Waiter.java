package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;

/**
 * A request waiting in a {@link RequestBudget}'s queue, made on the thread that waits; the budget sets
 * {@code permit} (under its lock) when it grants it.
 */
final class Waiter {

    final ApiOperation operation;
    final Priority priority;
    final Thread thread = Thread.currentThread();
    Permit permit;
    /** True while the thread sleeps in the budget's condition, until {@link #wakeAt} ({@code System.nanoTime}). */
    boolean sleeping;
    long wakeAt;

    Waiter(ApiOperation operation, Priority priority) {
        this.operation = operation;
        this.priority = priority;
    }
}
