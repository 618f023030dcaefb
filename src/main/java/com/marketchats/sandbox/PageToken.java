package com.marketchats.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Opaque paging tokens: base64url of the kind of list, the position in it and a checksum. The
 * position is a key (the last item's sort values), not an offset, so that items added while a client
 * pages do not shift later pages. A token that was tampered with, cut, or made for another list is
 * refused with 400, as the API refuses a token it did not issue.
 */
final class PageToken {

    static final String CHATS = "chats";
    static final String HISTORY = "history";

    private PageToken() {
    }

    static String encode(String kind, long... position) {
        StringBuilder text = new StringBuilder(kind);
        for (long value : position) {
            text.append(':').append(value);
        }
        String payload = text.toString();
        String signed = payload + ':' + Long.toHexString(checksum(payload));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token carries; 400 unless it is a token of this kind with {@code size} values. */
    static long[] decode(String token, String kind, int size) throws ApiFailure {
        String signed;
        try {
            signed = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        int lastColon = signed.lastIndexOf(':');
        if (lastColon < 0) {
            throw invalid();
        }
        String payload = signed.substring(0, lastColon);
        if (!Long.toHexString(checksum(payload)).equals(signed.substring(lastColon + 1))) {
            throw invalid();
        }
        String[] parts = payload.split(":");
        if (parts.length != size + 1 || !parts[0].equals(kind)) {
            throw invalid();
        }
        long[] position = new long[size];
        try {
            for (int i = 0; i < size; i++) {
                position[i] = Long.parseLong(parts[i + 1]);
            }
        } catch (NumberFormatException e) {
            throw invalid();
        }
        return position;
    }

    private static long checksum(String payload) {
        CRC32 crc = new CRC32();
        crc.update(("market-chats-sandbox:" + payload).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static ApiFailure invalid() {
        return ApiFailure.badRequest("Invalid page token: pass the nextPageToken of the previous answer unchanged");
    }
}
