package com.marketchats.service.inbox;

import java.time.Duration;

/**
 * Where one buyer's wait stands against the cabinet's reply target, in working time.
 *
 * @param target     the reply target
 * @param warnBefore how much working time left the warning goes out at; zero: never
 * @param worked     working time gone since the buyer started waiting
 * @param working    whether it is working hours now (the clock runs)
 */
public record ReplyCountdown(Duration target, Duration warnBefore, Duration worked, boolean working) {

    /** How much of the target is left; negative once it is breached. */
    public Duration left() {
        return target.minus(worked);
    }

    /** The target is reached: the seller answers late. */
    public boolean overdue() {
        return left().compareTo(Duration.ZERO) <= 0;
    }

    /** A quarter of the target or less is left: the row turns warning-coloured. */
    public boolean urgent() {
        return left().compareTo(target.dividedBy(4)) <= 0;
    }

    /** The warning is due: little time is left, not none, and the seller is at work to read it. */
    public boolean warningDue() {
        return working && !warnBefore.isZero() && left().compareTo(Duration.ZERO) > 0 && left().compareTo(warnBefore) <= 0;
    }
}
