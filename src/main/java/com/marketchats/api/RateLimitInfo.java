package com.marketchats.api;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The API's view of one method's hourly quota, as sent in the {@code X-RateLimit-Resource-*} headers of
 * every answer. Any part may be absent (null): parsing never throws, because a missing or odd header
 * must not turn a good answer into a failure.
 *
 * @param limit     {@code X-RateLimit-Resource-Limit}: requests allowed in the window
 * @param remaining {@code X-RateLimit-Resource-Remaining}: requests left in the window
 * @param until     {@code X-RateLimit-Resource-Until}: when the window ends (and a 420 may be retried)
 */
public record RateLimitInfo(Long limit, Long remaining, Instant until) {

    public static final String LIMIT_HEADER = "X-RateLimit-Resource-Limit";
    public static final String REMAINING_HEADER = "X-RateLimit-Resource-Remaining";
    public static final String UNTIL_HEADER = "X-RateLimit-Resource-Until";

    /**
     * How much later than its {@code Until} a window may really end: the header names whole seconds (a
     * server that truncates says 12:00:05 for a window ending at 12:00:05.9), plus a little for clocks
     * and the trip. A request sent at exactly {@code Until} could meet one more 420.
     */
    public static final Duration UNTIL_MARGIN = Duration.ofMillis(1_200);

    /** No rate-limit headers at all (also used when no answer came). */
    public static final RateLimitInfo NONE = new RateLimitInfo(null, null, null);

    /** Reads the three headers of an answer. */
    public static RateLimitInfo fromHeaders(HttpHeaders headers) {
        return parse(headers.firstValue(LIMIT_HEADER).orElse(null),
                headers.firstValue(REMAINING_HEADER).orElse(null),
                headers.firstValue(UNTIL_HEADER).orElse(null));
    }

    /** Reads the three header values; each may be null or unparsable, which gives a null field. */
    public static RateLimitInfo parse(String limit, String remaining, String until) {
        return new RateLimitInfo(parseCount(limit), parseCount(remaining), parseUntil(until));
    }

    /**
     * Parses the {@code Until} date: RFC 1123 / RFC 822 ({@code Thu, 10 Jul 2018 00:42:42 GMT}) as the
     * docs say, or ISO-8601 with an offset in case the API ever switches. Null when absent or unreadable.
     */
    public static Instant parseUntil(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // The docs' own example names the wrong weekday (10 Jul 2018 was a Tuesday), which the
            // strict formatter refuses; the date itself is what matters, so retry without the weekday.
            String withoutWeekday = stripWeekday(text);
            if (!withoutWeekday.equals(text)) {
                try {
                    return OffsetDateTime.parse(withoutWeekday, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                } catch (DateTimeParseException ignored) {
                    // fall through to ISO-8601
                }
            }
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** When a request of this method can surely go again: {@code until} plus {@link #UNTIL_MARGIN}; null without one. */
    public Instant safeUntil() {
        return until == null ? null : until.plus(UNTIL_MARGIN);
    }

    /** True when the answer carried none of the three headers (or none was readable). */
    public boolean isEmpty() {
        return limit == null && remaining == null && until == null;
    }

    private static String stripWeekday(String text) {
        int comma = text.indexOf(',');
        if (comma > 0 && comma <= 9 && text.substring(0, comma).chars().allMatch(Character::isLetter)) {
            return text.substring(comma + 1).trim();
        }
        return text;
    }

    private static Long parseCount(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
