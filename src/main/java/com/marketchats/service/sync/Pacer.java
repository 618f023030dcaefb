package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;
import com.marketchats.service.budget.BudgetState;
import com.marketchats.service.budget.MethodBudget;

import java.time.Duration;
import java.time.Instant;

/**
 * When each kind of poll is due next: the {@link PollingPlan}'s interval for the user being active or
 * not and for the size of the last pass, stretched when the request budget runs low, counted from when
 * that poll last ran. Confined to the engine's thread.
 */
final class Pacer {

    private final PollingPlan plan;
    private boolean active = true;
    private double chatsPace = 1;
    private double historyPace = 1;
    private Instant lastHotAt;
    private Instant lastFullAt;
    private Instant lastOpenAt;
    private Instant openRetryAt;
    private int hotPages = 1;
    private int sweepPages = 1;

    Pacer(PollingPlan plan) {
        this.plan = plan;
    }

    /**
     * How much slower to poll for what is left of a method's window: 1 with half or more left, then 2,
     * 4, and 8 below a tenth. The budget's own reserve keeps the last tenth for sends and the open chat.
     */
    static double slowdown(MethodBudget method) {
        if (method == null || method.limit() <= 0) {
            return 1;
        }
        double left = (double) method.remaining() / method.limit();
        return left >= 0.5 ? 1 : left >= 0.25 ? 2 : left >= 0.10 ? 4 : 8;
    }

    void readBudget(BudgetState state) {
        chatsPace = slowdown(state.method(ApiOperation.GET_CHATS));
        historyPace = slowdown(state.method(ApiOperation.GET_CHAT_HISTORY));
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** What an earlier run left: its last full pass and the sizes of the two passes, in pages. */
    void resume(Instant lastFullPass, int hotPassPages, int fullPassPages) {
        lastFullAt = lastFullPass;
        hotPages = Math.max(1, hotPassPages);
        sweepPages = Math.max(1, fullPassPages);
    }

    void hotDone(Instant at, int pages) {
        lastHotAt = at;
        hotPages = Math.max(1, pages);
    }

    /**
     * A full pass covers the hot statuses too, and tells how big a hot pass is.
     *
     * @param hotPassPages pages a hot pass would have now, from the statuses the full pass listed
     */
    void fullDone(Instant at, int pages, int hotPassPages) {
        lastFullAt = at;
        lastHotAt = at;
        sweepPages = Math.max(1, pages);
        hotPages = Math.max(1, hotPassPages);
    }

    /** A pass that was given up on counts as run at {@code at}; its size stays what it was. */
    void skipped(ChatListPass.Kind kind, Instant at) {
        if (kind == ChatListPass.Kind.HOT) {
            lastHotAt = at;
        } else {
            lastFullAt = at;
        }
    }

    void openDone(Instant at) {
        lastOpenAt = at;
        openRetryAt = null;
    }

    void openRetryAt(Instant at) {
        openRetryAt = at;
    }

    /** Another chat was opened, or the user asked for a refresh: its history is due now. */
    void openNow() {
        lastOpenAt = null;
        openRetryAt = null;
    }

    Instant hotDue() {
        return after(lastHotAt, plan.hotInterval(active, hotPages), chatsPace);
    }

    Instant sweepDue() {
        return after(lastFullAt, plan.sweepInterval(active, sweepPages), chatsPace);
    }

    Instant openDue() {
        return openRetryAt != null ? openRetryAt : after(lastOpenAt, plan.openChatInterval(active), historyPace);
    }

    private static Instant after(Instant last, Duration interval, double pace) {
        return last == null ? Instant.MIN : last.plusNanos((long) (interval.toNanos() * pace));
    }
}
