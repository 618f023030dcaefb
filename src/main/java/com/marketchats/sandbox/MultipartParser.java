package com.marketchats.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578 over RFC 2046): the boundary from the
 * Content-Type, then each part's headers, field name, file name and content type. The body arrives
 * already bounded in size, so the parser works on one array and never streams.
 */
final class MultipartParser {

    /** One part of the form; {@code filename} and {@code contentType} are null when not sent. */
    record Part(String name, String filename, String contentType, byte[] bytes) {
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private MultipartParser() {
    }

    static List<Part> parse(String contentType, byte[] body) throws ApiFailure {
        byte[] delimiter = ("--" + boundary(contentType)).getBytes(StandardCharsets.ISO_8859_1);
        int pos = firstDelimiter(body, delimiter);
        List<Part> parts = new ArrayList<>();
        while (true) {
            pos += delimiter.length;
            if (startsWith(body, pos, new byte[] {'-', '-'})) {
                return parts;
            }
            while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
                pos++; // transport padding after a delimiter (RFC 2046 §5.1.1)
            }
            if (!startsWith(body, pos, CRLF)) {
                throw malformed("a boundary is not followed by a line break");
            }
            pos += CRLF.length;
            int headersEnd;
            int contentStart;
            if (startsWith(body, pos, CRLF)) {
                headersEnd = pos;
                contentStart = pos + CRLF.length;
            } else {
                headersEnd = indexOf(body, HEADERS_END, pos);
                if (headersEnd < 0) {
                    throw malformed("part headers do not end");
                }
                contentStart = headersEnd + HEADERS_END.length;
            }
            int next = indexOf(body, concat(CRLF, delimiter), contentStart);
            if (next < 0) {
                throw malformed("the closing boundary is missing");
            }
            String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, next)));
            pos = next + CRLF.length;
        }
    }

    private static String boundary(String contentType) throws ApiFailure {
        if (contentType == null) {
            throw ApiFailure.badRequest("Content-Type must be multipart/form-data");
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        if (!mediaType.equalsIgnoreCase("multipart/form-data")) {
            throw ApiFailure.badRequest("Content-Type must be multipart/form-data, not " + mediaType);
        }
        String boundary = semicolon < 0 ? null : parameters(contentType.substring(semicolon + 1)).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw ApiFailure.badRequest("Content-Type multipart/form-data needs a boundary of 1 to 70 characters");
        }
        return boundary;
    }

    private static int firstDelimiter(byte[] body, byte[] delimiter) throws ApiFailure {
        if (startsWith(body, 0, delimiter)) {
            return 0;
        }
        int afterPreamble = indexOf(body, concat(CRLF, delimiter), 0);
        if (afterPreamble < 0) {
            throw malformed("the boundary never occurs in the body");
        }
        return afterPreamble + CRLF.length;
    }

    private static Part part(String headerBlock, byte[] bytes) throws ApiFailure {
        String disposition = null;
        String contentType = null;
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                contentType = value;
            }
        }
        int semicolon = disposition == null ? -1 : disposition.indexOf(';');
        if (semicolon < 0 || !disposition.substring(0, semicolon).trim().equalsIgnoreCase("form-data")) {
            throw malformed("a part has no 'Content-Disposition: form-data' header");
        }
        Map<String, String> params = parameters(disposition.substring(semicolon + 1));
        String name = params.get("name");
        if (name == null) {
            throw malformed("a part has no field name");
        }
        String filename = params.containsKey("filename*") ? extendedValue(params.get("filename*")) : params.get("filename");
        return new Part(name, filename, contentType, bytes);
    }

    /** {@code a=1; b="two; quoted \" text"} into a map with lower-case names; quotes honoured. */
    private static Map<String, String> parameters(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = text.substring(i, eq).replace(";", "").trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            if (j < text.length() && text.charAt(j) == '"') {
                j++;
                while (j < text.length() && text.charAt(j) != '"') {
                    if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                        j++;
                    }
                    value.append(text.charAt(j++));
                }
                j++;
            } else {
                while (j < text.length() && text.charAt(j) != ';') {
                    value.append(text.charAt(j++));
                }
            }
            result.putIfAbsent(name, value.toString().trim());
            int nextSemicolon = text.indexOf(';', j);
            i = nextSemicolon < 0 ? text.length() : nextSemicolon + 1;
        }
        return result;
    }

    /** RFC 5987 {@code UTF-8''na%C3%AFve.txt}. */
    private static String extendedValue(String value) {
        int quote = value.indexOf("''");
        String encoded = quote < 0 ? value : value.substring(quote + 2);
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded;
        }
    }

    private static boolean startsWith(byte[] data, int from, byte[] prefix) {
        if (from < 0 || from + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        byte first = needle[0];
        int last = data.length - needle.length;
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (data[i] == first && startsWith(data, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static ApiFailure malformed(String why) {
        return ApiFailure.badRequest("Malformed multipart/form-data body: " + why);
    }
}
