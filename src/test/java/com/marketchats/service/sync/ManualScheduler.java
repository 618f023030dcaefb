package com.marketchats.service.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * A {@link SyncScheduler} and its clock, both moved by the test: tasks run on the test's thread when
 * {@link #advance} or {@link #runDue} reaches their time, in time order (then in the order given).
 */
final class ManualScheduler implements SyncScheduler {

    private record Task(Instant due, long order, Runnable body, boolean[] cancelled) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.due().equals(b.due())
            ? Long.compare(a.order(), b.order()) : a.due().compareTo(b.due()));
    private Instant now = Instant.parse("2026-07-01T09:00:00Z");
    private long order;

    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };

    Clock clock() {
        return clock;
    }

    Instant now() {
        return now;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), order++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Runs every task due by now, including those they schedule for now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves the clock forward by {@code duration}, running each task when its time comes. */
    void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (!tasks.isEmpty() && !tasks.peek().due().isAfter(target)) {
            Task task = tasks.poll();
            if (task.due().isAfter(now)) {
                now = task.due();
            }
            if (!task.cancelled()[0]) {
                task.body().run();
            }
        }
        now = target;
    }

    /** When the next task that is not cancelled falls due; null when none waits. */
    Instant nextDue() {
        return tasks.stream().filter(task -> !task.cancelled()[0]).map(Task::due).min(Instant::compareTo).orElse(null);
    }
}
