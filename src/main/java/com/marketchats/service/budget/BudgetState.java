package com.marketchats.service.budget;

import com.marketchats.api.ApiOperation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of a {@link RequestBudget}, for a budget meter in the UI.
 *
 * @param at          when the snapshot was taken (the budget's clock)
 * @param inFlight    permits of every method not yet closed
 * @param maxInFlight the most the budget allows at once (the API's parallel limit)
 * @param methods     every one of the seven operations, in {@link ApiOperation} order
 */
public record BudgetState(Instant at, int inFlight, int maxInFlight, Map<ApiOperation, MethodBudget> methods) {

    public BudgetState {
        Objects.requireNonNull(at, "at");
        methods = Collections.unmodifiableMap(new EnumMap<>(methods));
    }

    /** The part of one method; every operation has one. */
    public MethodBudget method(ApiOperation operation) {
        return methods.get(operation);
    }

    /** Requests waiting for a permit, over every method. */
    public int queued() {
        return methods.values().stream().mapToInt(MethodBudget::queued).sum();
    }
}
