package com.marketchats.service.budget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells listeners about a changed budget without holding any lock while they run. One thread delivers
 * at a time; changes made while it delivers are folded into one more delivery of the newest state, so
 * listeners never see states out of order and never run concurrently.
 */
final class StateListeners {

    private static final Logger LOG = LoggerFactory.getLogger(StateListeners.class);

    private final List<Consumer<BudgetState>> listeners = new CopyOnWriteArrayList<>();
    private final Supplier<BudgetState> snapshot;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean delivering = new AtomicBoolean();

    StateListeners(Supplier<BudgetState> snapshot) {
        this.snapshot = snapshot;
    }

    void add(Consumer<BudgetState> listener) {
        listeners.add(listener);
    }

    void remove(Consumer<BudgetState> listener) {
        listeners.remove(listener);
    }

    /** Call after a change, with no lock held; delivers now or leaves it to the thread already delivering. */
    void changed() {
        if (listeners.isEmpty()) {
            return;
        }
        pending.set(true);
        while (pending.get() && delivering.compareAndSet(false, true)) {
            try {
                pending.set(false);
                BudgetState state = snapshot.get();
                for (Consumer<BudgetState> listener : listeners) {
                    try {
                        listener.accept(state);
                    } catch (RuntimeException e) {
                        LOG.warn("A budget state listener failed", e);
                    }
                }
            } finally {
                delivering.set(false);
            }
        }
    }
}
