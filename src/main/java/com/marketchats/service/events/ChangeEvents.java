package com.marketchats.service.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where the service layer announces changes. Publishing never blocks and never calls a listener on
 * the publisher's thread (so never under the publisher's lock): events are queued and delivered,
 * merged into one {@link ChangeBatch}, by a single task on the delivery executor. While a delivery is
 * pending, new events join it instead of scheduling another.
 */
public final class ChangeEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeEvents.class);

    private final Executor delivery;
    private final List<Consumer<ChangeBatch>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private List<ChangeEvent> pending = new ArrayList<>();
    private boolean deliveryScheduled;

    /** @param delivery runs deliveries one at a time, e.g. a single-thread executor */
    public ChangeEvents(Executor delivery) {
        this.delivery = delivery;
    }

    public void publish(ChangeEvent event) {
        boolean schedule;
        synchronized (lock) {
            pending.add(event);
            schedule = !deliveryScheduled;
            deliveryScheduled = true;
        }
        if (schedule) {
            delivery.execute(this::deliver);
        }
    }

    /** Adds a listener; it receives merged batches on the delivery executor. */
    public Runnable subscribe(Consumer<ChangeBatch> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void deliver() {
        List<ChangeEvent> events;
        synchronized (lock) {
            events = pending;
            pending = new ArrayList<>();
            deliveryScheduled = false;
        }
        if (events.isEmpty()) {
            return;
        }
        ChangeBatch batch = ChangeBatch.merge(events);
        for (Consumer<ChangeBatch> listener : listeners) {
            try {
                listener.accept(batch);
            } catch (RuntimeException failure) {
                // One broken listener must not keep the others from hearing about the change.
                LOG.error("A change listener failed", failure);
            }
        }
    }
}
