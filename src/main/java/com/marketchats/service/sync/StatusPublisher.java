package com.marketchats.service.sync;

import com.marketchats.service.events.ChangeEvent;
import com.marketchats.service.events.ChangeEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Holds the engine's {@link SyncStatus} and tells about changes: a {@code ConnectivityChanged} event when
 * the connectivity changes, and the newest status to each listener on the delivery executor. Changes
 * made while a delivery is pending join it, so a first sync of 10,000 chats is not 10,000 calls.
 */
final class StatusPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPublisher.class);

    private final ChangeEvents events;
    private final Executor delivery;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean deliveryPending = new AtomicBoolean();
    private volatile SyncStatus current = SyncStatus.NOT_STARTED;

    StatusPublisher(ChangeEvents events, Executor delivery) {
        this.events = events;
        this.delivery = delivery;
    }

    SyncStatus current() {
        return current;
    }

    /** Called on the engine's thread only. */
    void update(UnaryOperator<SyncStatus> change) {
        SyncStatus old = current;
        SyncStatus next = change.apply(old);
        if (next.equals(old)) {
            return;
        }
        current = next;
        if (next.connectivity() != old.connectivity()) {
            events.publish(new ChangeEvent.ConnectivityChanged(next.connectivity()));
        }
        if (!listeners.isEmpty() && deliveryPending.compareAndSet(false, true)) {
            delivery.execute(this::deliver);
        }
    }

    Runnable subscribe(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void deliver() {
        deliveryPending.set(false);
        SyncStatus status = current;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                LOG.error("A sync status listener failed", e);
            }
        }
    }
}
