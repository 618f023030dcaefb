package com.marketchats.service.outbox;

import com.marketchats.store.OutboxItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The sender's threads: one dispatcher that sleeps until the next item is due (or until woken), asks the
 * {@link QueueScan} what may go, and hands each item to a pool of workers, holding its chat until the
 * attempt ends so that a chat never has two items in flight.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final QueueScan scan;
    private final SendAttempt attempt;
    private final OutboxSettings settings;
    private final Consumer<OutboxItem> onOrphan;
    private final BooleanSupplier mayDispatch;
    private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean wakeRequested;
    private volatile boolean stopping;
    private final Map<Long, Instant> expedited = new ConcurrentHashMap<>();
    private Thread thread;
    private ExecutorService workers;

    /**
     * @param onOrphan    told of a SENDING item no worker holds (left by a crash)
     * @param mayDispatch false while the sender is paused
     */
    Dispatcher(QueueScan scan, SendAttempt attempt, OutboxSettings settings, Consumer<OutboxItem> onOrphan,
               BooleanSupplier mayDispatch) {
        this.scan = scan;
        this.attempt = attempt;
        this.settings = settings;
        this.onOrphan = onOrphan;
        this.mayDispatch = mayDispatch;
    }

    void start() {
        stopping = false;
        workers = Executors.newFixedThreadPool(settings.workers(), OutboxSender.daemonThreads("outbox-worker"));
        thread = OutboxSender.daemonThreads("outbox-dispatcher").newThread(this::loop);
        thread.start();
    }

    /** Starts nothing new; lets sends in flight finish within the grace, then interrupts them. */
    void stop() throws InterruptedException {
        stopping = true;
        wake();
        thread.join(TimeUnit.SECONDS.toMillis(5));
        workers.shutdown();
        if (!workers.awaitTermination(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            workers.shutdownNow();
            workers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    boolean stopping() {
        return stopping;
    }

    void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** These items may go earlier than planned: item id → when. */
    void expedite(Map<Long, Instant> dueAt) {
        expedited.putAll(dueAt);
        wake();
    }

    private void loop() {
        while (!stopping) {
            Duration wait = settings.recheckInterval();
            try {
                if (mayDispatch.getAsBoolean()) {
                    wait = dispatchDue(wait);
                }
            } catch (RuntimeException e) {
                LOG.error("The outbox could not read its queue; trying again shortly", e);
            }
            lock.lock();
            try {
                if (!wakeRequested && !stopping && !wait.isZero()) {
                    woken.awaitNanos(wait.toNanos());
                }
                wakeRequested = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Starts what is due; answers how long to sleep. */
    private Duration dispatchDue(Duration longest) {
        Set<Long> busy = Set.copyOf(busyChats);
        if (busy.size() >= settings.workers()) {
            // Nothing could start; the lane that ends first wakes the loop.
            return longest;
        }
        Instant now = settings.clock().instant();
        QueueScan.Result result = scan.scan(busy, settings.workers() - busy.size(), now, expedited);
        result.orphans().forEach(onOrphan);
        for (OutboxItem item : result.due()) {
            busyChats.add(item.chatId());
            expedited.remove(item.id());
            workers.execute(() -> runLane(item));
        }
        if (!result.orphans().isEmpty()) {
            return Duration.ZERO;
        }
        if (result.nextDue() == null) {
            return longest;
        }
        Duration untilDue = Duration.between(now, result.nextDue());
        if (untilDue.isNegative() || untilDue.isZero()) {
            // More is due than there were free workers: a finishing lane wakes the loop.
            return longest;
        }
        return untilDue.compareTo(longest) < 0 ? untilDue : longest;
    }

    private void runLane(OutboxItem item) {
        try {
            attempt.run(item);
        } catch (RuntimeException e) {
            LOG.error("Outbox item {} could not be handled", item.id(), e);
        } finally {
            busyChats.remove(item.chatId());
            wake();
        }
    }
}
