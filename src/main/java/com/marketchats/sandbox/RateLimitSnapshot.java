package com.marketchats.sandbox;

import com.marketchats.api.RateLimitInfo;
import com.sun.net.httpserver.Headers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What the {@code X-RateLimit-Resource-*} headers of one answer say: the hourly limit, what is left
 * of it and when the window ends.
 */
record RateLimitSnapshot(int limit, int remaining, Instant until) {

    /** HTTP-date as in the API's docs, e.g. {@code Thu, 10 Jul 2018 00:42:42 GMT} (always two-digit days). */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    void writeTo(Headers headers, boolean untilRoundedDown) {
        headers.set(RateLimitInfo.LIMIT_HEADER, Integer.toString(limit));
        headers.set(RateLimitInfo.REMAINING_HEADER, Integer.toString(Math.max(0, remaining)));
        headers.set(RateLimitInfo.UNTIL_HEADER, untilRoundedDown ? HTTP_DATE.format(until) : formatUntil(until));
    }

    /**
     * Rounded up to the whole second, so that a client waiting until the header's time never comes
     * back before the window has really ended. (The formatter alone truncates: the other answer the
     * spec allows, in which the window ends up to a second after the header's time.)
     */
    static String formatUntil(Instant until) {
        Instant ceiled = until.truncatedTo(ChronoUnit.SECONDS);
        if (ceiled.isBefore(until)) {
            ceiled = ceiled.plusSeconds(1);
        }
        return HTTP_DATE.format(ceiled);
    }
}
