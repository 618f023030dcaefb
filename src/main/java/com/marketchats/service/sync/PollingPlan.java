package com.marketchats.service.sync;

import com.marketchats.api.ApiOperation;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the engine polls, and the share of getChats' hourly limit polling may take at most.
 * <ul>
 *   <li><b>Hot poll</b>: getChats filtered to NEW and WAITING_FOR_PARTNER, the statuses a buyer's message
 *       moves a chat to; every page of it, so its cost is its page count. Finds new buyer messages and new
 *       chats.</li>
 *   <li><b>Open chat</b>: getChatHistory of the chat the user reads, from its last known message.</li>
 *   <li><b>Sweep</b>: getChats over every chat; finds what the hot poll cannot see (FINISHED chats,
 *       disputes waiting for the arbiter or Market, Market and Support messages, status changes).</li>
 * </ul>
 * An interval is the base one, or longer when the pass's pages at that pace would spend more than its
 * share of getChats' hourly limit; the engine stretches it further when the budget runs low.
 *
 * @param hotActive        hot poll while the window is active
 * @param hotIdle          hot poll while it is not
 * @param openChatActive   open chat's history while active
 * @param openChatIdle     open chat's history while idle
 * @param sweepActive      full sweep while active, at least
 * @param sweepIdle        full sweep while idle, at least
 * @param hotShareActive   most of getChats' hourly limit the hot poll may spend while active
 * @param hotShareIdle     the same while idle
 * @param sweepShareActive most of getChats' hourly limit sweeps may spend while active
 * @param sweepShareIdle   the same while idle
 * @param apiHour          how long the API's hour lasts: one hour, except against a time-scaled sandbox
 */
public record PollingPlan(
        Duration hotActive,
        Duration hotIdle,
        Duration openChatActive,
        Duration openChatIdle,
        Duration sweepActive,
        Duration sweepIdle,
        double hotShareActive,
        double hotShareIdle,
        double sweepShareActive,
        double sweepShareIdle,
        Duration apiHour) {

    /**
     * Hot poll every 10 s active / 60 s idle, open chat every 5 s / 60 s, sweep every 15 / 30 min at
     * least; polling takes at most 20 % + 5 % of getChats while active and 5 % + 4 % while idle.
     */
    public static final PollingPlan DEFAULT = new PollingPlan(Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofMinutes(30),
            0.20, 0.05, 0.05, 0.04, Duration.ofHours(1));

    public PollingPlan {
        for (Duration duration : new Duration[] {hotActive, hotIdle, openChatActive, openChatIdle, sweepActive,
                sweepIdle, apiHour}) {
            Objects.requireNonNull(duration, "every interval is required");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("intervals must be positive: " + duration);
            }
        }
        for (double share : new double[] {hotShareActive, hotShareIdle, sweepShareActive, sweepShareIdle}) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("shares must be in (0, 1]: " + share);
            }
        }
    }

    /** The same plan on a clock that runs {@code factor} times faster: every duration divided by it. */
    public PollingPlan timeScaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be positive: " + factor);
        }
        return new PollingPlan(div(hotActive, factor), div(hotIdle, factor), div(openChatActive, factor),
                div(openChatIdle, factor), div(sweepActive, factor), div(sweepIdle, factor),
                hotShareActive, hotShareIdle, sweepShareActive, sweepShareIdle, div(apiHour, factor));
    }

    /** Between two hot polls of {@code pages} pages each. */
    public Duration hotInterval(boolean active, int pages) {
        return atLeast(active ? hotActive : hotIdle, pages, active ? hotShareActive : hotShareIdle);
    }

    /** Between two sweeps of {@code pages} pages each. */
    public Duration sweepInterval(boolean active, int pages) {
        return atLeast(active ? sweepActive : sweepIdle, pages, active ? sweepShareActive : sweepShareIdle);
    }

    /** Between two fetches of the open chat's history. */
    public Duration openChatInterval(boolean active) {
        return active ? openChatActive : openChatIdle;
    }

    /** {@code base}, or long enough that {@code pages} requests each time stay within {@code share} of the limit. */
    private Duration atLeast(Duration base, int pages, double share) {
        double perHour = share * ApiOperation.GET_CHATS.hourlyLimit();
        Duration floor = Duration.ofNanos((long) (apiHour.toNanos() * Math.max(1, pages) / perHour));
        return floor.compareTo(base) > 0 ? floor : base;
    }

    private static Duration div(Duration duration, double factor) {
        return Duration.ofNanos(Math.max(1_000_000L, (long) (duration.toNanos() / factor)));
    }
}
