package com.marketchats.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a recorded multipart/form-data body into its parts, enough to check what the client sent. */
final class MultipartParts {

    record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)content-disposition:.*?\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)content-disposition:.*?\\bfilename=\"([^\"]*)\"");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*(.+?)\\s*$");

    private MultipartParts() {
    }

    static List<Part> parse(String contentTypeHeader, byte[] body) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentTypeHeader);
        if (!boundaryMatch.find()) {
            throw new AssertionError("no boundary in " + contentTypeHeader);
        }
        // ISO-8859-1 maps every byte to one char, so offsets in the text are offsets in the bytes.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundaryMatch.group(1);
        List<Part> parts = new ArrayList<>();
        int start = text.indexOf(delimiter);
        while (start >= 0) {
            int headersStart = start + delimiter.length();
            if (text.startsWith("--", headersStart)) {
                break; // closing delimiter
            }
            int next = text.indexOf("\r\n" + delimiter, headersStart);
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            String headers = new String(Arrays.copyOfRange(body, headersStart, headersEnd), StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
            parts.add(new Part(group(NAME, headers), group(FILE_NAME, headers), group(CONTENT_TYPE, headers), content));
            start = next + 2;
        }
        return parts;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
