package com.marketchats.store;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads back the times the store writes ({@link OffsetDateTime#toString()}: {@code 2026-11-24T06:26:37.938+03:00},
 * seconds and fraction left out when zero, {@code Z} for UTC) without the general ISO parser. Reading the
 * chat list parses four times per chat, 40,000 for 10,000 chats at each reload, and the general parser's
 * garbage was the largest share of the app's allocation while the list reloaded during a sync. Any other
 * shape goes to the general parser, so nothing the JDK can read is refused here.
 */
final class IsoOffsetTimes {

    private IsoOffsetTimes() {
    }

    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = parseWrittenShape(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    /** The time, or null when the text is not in the shape {@code toString()} writes. */
    private static OffsetDateTime parseWrittenShape(String text) {
        int length = text.length();
        if (length < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int position = 16;
        int second = 0;
        int nanos = 0;
        if (position < length && text.charAt(position) == ':') {
            second = digits(text, position + 1, 2);
            position += 3;
            if (position < length && text.charAt(position) == '.') {
                int start = ++position;
                while (position < length && position - start < 9 && isDigit(text.charAt(position))) {
                    nanos = nanos * 10 + text.charAt(position) - '0';
                    position++;
                }
                if (position == start) {
                    return null;
                }
                for (int scale = position - start; scale < 9; scale++) {
                    nanos *= 10;
                }
            }
        }
        ZoneOffset offset = offset(text, position);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static ZoneOffset offset(String text, int position) {
        int rest = text.length() - position;
        if (rest == 1 && text.charAt(position) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 ? text.charAt(position) : ' ';
        if ((sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
            return null;
        }
        int hours = digits(text, position + 1, 2);
        int minutes = digits(text, position + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        try {
            return ZoneOffset.ofTotalSeconds(seconds);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number written by {@code count} digits from {@code start}, or -1 when one of them is not a digit. */
    private static int digits(String text, int start, int count) {
        if (start + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
