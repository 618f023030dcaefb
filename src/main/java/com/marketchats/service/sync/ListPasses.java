package com.marketchats.service.sync;

import com.marketchats.service.budget.Priority;

import java.time.Duration;
import java.time.Instant;

/**
 * The passes over the chat list, one at a time: the account's first pass, then hot passes and sweeps as
 * the {@link Pacer} has them due, or a hot pass at once when the user asks for a refresh. A pass that
 * failed is resumed where it stopped. Confined to the engine's thread.
 */
final class ListPasses {

    /** The pass under way, or waiting to resume after a failure; null when none. */
    private ChatListPass current;
    private boolean running;
    private boolean refreshWanted;
    private Instant retryAt = Instant.MIN;

    /** The account's chat list was never read: the first pass comes before anything else. */
    void beginWithFirstPass() {
        current = ChatListPass.first();
    }

    /** The user asked for a refresh: the next pass is a hot one, now, in the foreground. */
    void refreshWanted() {
        refreshWanted = true;
    }

    /**
     * The pass to start now, marked running; null when none is due.
     *
     * @param sweeps whether sweeps are allowed yet (after the first sync)
     */
    ChatListPass next(Instant now, Pacer pacer, boolean sweeps) {
        if (running) {
            return null;
        }
        if (current != null) {
            return now.isBefore(retryAt) ? null : started();
        }
        if (sweeps && !now.isBefore(pacer.sweepDue())) {
            current = ChatListPass.sweep();
        } else if (refreshWanted || !now.isBefore(pacer.hotDue())) {
            current = ChatListPass.hot(refreshWanted ? Priority.FOREGROUND : Priority.BACKGROUND);
            refreshWanted = false;
        } else {
            return null;
        }
        return started();
    }

    /** While offline: the pass under way, or a hot pass, to learn whether the API answers again; null if one runs. */
    ChatListPass probe() {
        if (running) {
            return null;
        }
        if (current == null) {
            current = ChatListPass.hot(Priority.BACKGROUND);
        }
        return started();
    }

    /** When a pass is due next; {@code Instant.MAX} while one runs. */
    Instant dueAt(Pacer pacer, boolean sweeps) {
        if (running) {
            return Instant.MAX;
        }
        if (current != null) {
            return retryAt;
        }
        Instant hot = refreshWanted ? Instant.MIN : pacer.hotDue();
        return sweeps && pacer.sweepDue().isBefore(hot) ? pacer.sweepDue() : hot;
    }

    /** A run of {@code pass} ended, complete or not. */
    void ended(ChatListPass pass) {
        running = false;
        if (pass.done() && pass == current) {
            current = null;
        }
    }

    /** After a failure: the pass resumes at {@code at}. */
    void retryAt(Instant at) {
        retryAt = at;
    }

    /**
     * The API refused a page of {@code pass} (a stale page token, say): the first pass starts over after
     * {@code pause}; a later one is dropped and counts as run, so it comes again at its usual time.
     */
    void refused(ChatListPass pass, Instant now, Duration pause, Pacer pacer) {
        if (pass != current) {
            return;
        }
        if (pass.kind() == ChatListPass.Kind.FIRST) {
            pass.restart();
            retryAt = now.plus(pause);
            return;
        }
        current = null;
        pacer.skipped(pass.kind(), now);
    }

    boolean running() {
        return running;
    }

    /** Whether a sweep is under way (the engine then shows SYNCING). */
    boolean sweeping() {
        return running && current != null && current.kind() == ChatListPass.Kind.SWEEP;
    }

    private ChatListPass started() {
        running = true;
        return current;
    }
}
