package com.marketchats.contract;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural check of {@code multipart/form-data} request bodies, which the validator does not
 * validate at all (it logs "Validation of 'multipart/form-data' not supported" and passes the body).
 * The validator still checks the path, query, headers and that the Content-Type is one the
 * operation allows; on top of that, for an operation whose spec body is multipart, this checks:
 * <ul>
 *   <li>the Content-Type has a {@code boundary} parameter and the body is a well-formed sequence
 *       of parts closed by the final delimiter (bytes are read as ISO-8859-1, so binary content
 *       is safe);</li>
 *   <li>every part has {@code Content-Disposition: form-data; name="..."};</li>
 *   <li>each {@code required} property of the spec schema is present as a part, and no part has a
 *       name the schema does not define (the same strictness the validator applies to JSON
 *       request bodies);</li>
 *   <li>a part for a {@code format: binary} property is at most {@link #MAX_FILE_BYTES}: the spec
 *       states the 5 MB limit only in the description of sendFileToChat's {@code file}, read
 *       here as 5 MiB so that the check never fails a file the API would accept.</li>
 * </ul>
 * It does not check the parts' own content types or content (the spec constrains neither).
 */
final class MultipartCheck {

    static final String INVALID = "marketchats.request.multipart.invalid";
    static final String PART_MISSING = "marketchats.request.multipart.partMissing";
    static final String PART_UNEXPECTED = "marketchats.request.multipart.partUnexpected";
    static final String PART_TOO_LARGE = "marketchats.request.multipart.partTooLarge";
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final String MULTIPART = "multipart/form-data";
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern DISPOSITION = Pattern.compile("(?im)^content-disposition:\\s*form-data(.*)$");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=(?:\"([^\"]*)\"|([^;\\s]+))");

    private MultipartCheck() {
    }

    static ValidationReport check(Request request, ApiOperation operation) {
        Optional<Schema<?>> schema = multipartSchema(operation);
        Optional<String> contentType = request.getContentType();
        if (schema.isEmpty() || contentType.isEmpty()
                || !contentType.get().toLowerCase(java.util.Locale.ROOT).startsWith(MULTIPART)) {
            return ValidationReport.empty();
        }
        Matcher boundary = BOUNDARY.matcher(contentType.get());
        if (!boundary.find()) {
            return ExtraChecks.error(INVALID, "The multipart Content-Type has no boundary parameter: " + contentType.get());
        }
        Optional<Body> body = request.getRequestBody().filter(Body::hasBody);
        if (body.isEmpty()) {
            return ValidationReport.empty(); // the validator itself reports a missing required body
        }
        Map<String, Long> parts = new LinkedHashMap<>();
        String failure;
        try {
            failure = parse(body.get().toString(StandardCharsets.ISO_8859_1),
                    boundary.group(1) != null ? boundary.group(1) : boundary.group(2), parts);
        } catch (IOException e) {
            failure = "the body could not be read: " + e.getMessage();
        }
        if (failure != null) {
            return ExtraChecks.error(INVALID, "Malformed multipart body: " + failure + ".");
        }
        return checkParts(schema.get(), parts);
    }

    private static Optional<Schema<?>> multipartSchema(ApiOperation operation) {
        var requestBody = operation.getOperation().getRequestBody();
        if (requestBody == null || requestBody.getContent() == null) {
            return Optional.empty();
        }
        MediaType media = requestBody.getContent().get(MULTIPART);
        return media == null ? Optional.empty() : Optional.ofNullable(media.getSchema());
    }

    /** Fills {@code parts} (name to content size) and returns null, or returns what is wrong. */
    private static String parse(String body, String boundary, Map<String, Long> parts) {
        String delimiter = "--" + boundary;
        int position = 0;
        if (!body.startsWith(delimiter)) {
            int afterPreamble = body.indexOf("\r\n" + delimiter);
            if (afterPreamble < 0) {
                return "no delimiter for boundary '" + boundary + "'";
            }
            position = afterPreamble + 2;
        }
        while (true) {
            int afterDelimiter = position + delimiter.length();
            if (body.startsWith("--", afterDelimiter)) {
                return parts.isEmpty() ? "it has no parts" : null;
            }
            if (!body.startsWith("\r\n", afterDelimiter)) {
                return "a delimiter is not followed by CRLF";
            }
            int headersEnd = body.indexOf("\r\n\r\n", afterDelimiter);
            if (headersEnd < 0) {
                return "a part's headers are not terminated";
            }
            int next = body.indexOf("\r\n" + delimiter, headersEnd + 4);
            if (next < 0) {
                return "a part is not terminated by a delimiter (missing closing '" + delimiter + "--'?)";
            }
            String headers = body.substring(Math.min(afterDelimiter + 2, headersEnd), headersEnd);
            Matcher disposition = DISPOSITION.matcher(headers);
            Matcher name = disposition.find() ? NAME.matcher(disposition.group(1)) : null;
            if (name == null || !name.find()) {
                return "a part has no 'Content-Disposition: form-data; name=...' header";
            }
            String partName = name.group(1) != null ? name.group(1) : name.group(2);
            parts.merge(partName, (long) (next - (headersEnd + 4)), Long::sum);
            position = next + 2;
        }
    }

    private static ValidationReport checkParts(Schema<?> schema, Map<String, Long> parts) {
        Map<String, ?> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        List<ValidationReport.Message> messages = new ArrayList<>();
        if (schema.getRequired() != null) {
            schema.getRequired().stream().filter(required -> !parts.containsKey(required)).forEach(required ->
                    messages.add(message(PART_MISSING, "Required multipart part '" + required + "' is missing.")));
        }
        parts.forEach((name, size) -> {
            Object property = properties.get(name);
            if (property == null) {
                messages.add(message(PART_UNEXPECTED, "Multipart part '" + name
                        + "' is not defined by the schema (defined: " + properties.keySet() + ")."));
            } else if (property instanceof Schema<?> defined && "binary".equals(defined.getFormat())
                    && size > MAX_FILE_BYTES) {
                messages.add(message(PART_TOO_LARGE, "Multipart part '" + name + "' has " + size
                        + " bytes; the limit is " + MAX_FILE_BYTES + "."));
            }
        });
        return ValidationReport.from(messages);
    }

    private static ValidationReport.Message message(String key, String text) {
        return ValidationReport.Message.create(key, text).build();
    }
}
