package com.marketchats.service.accounts;

import java.util.Objects;

/**
 * What one test call with a cabinet's id and key showed.
 *
 * @param outcome    what the seller needs to know
 * @param httpStatus the answer's status; 0 when there was none
 */
public record CheckResult(Outcome outcome, int httpStatus) {

    /** The answers a seller can act on. */
    public enum Outcome {
        /** The key reads this cabinet's chats. */
        OK,
        /** 401: the key is wrong, revoked, or copied incompletely. */
        WRONG_KEY,
        /** 403: the key lacks the {@code communication} scope (or the cabinet is not active). */
        NO_CHATS_ACCESS,
        /** 404: there is no cabinet with this id for this key. */
        NO_SUCH_CABINET,
        /** No answer: offline, blocked, or the server is unreachable. */
        NO_NETWORK,
        /** 420: too many requests for now. */
        RATE_LIMITED,
        /** The Market answered with an error or something unreadable. */
        SERVER_ERROR,
        /** The key or id cannot be sent at all (empty, not a number, a character a header cannot hold). */
        INVALID_INPUT
    }

    public CheckResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
