package com.marketchats.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks HTTP traffic against the official chats spec bundle
 * ({@value #SPEC_FILE_NAME} in the folder named by the system property {@value #SPEC_DIR_PROPERTY}),
 * with swagger-request-validator. The bundle is parsed once per JVM.
 *
 * <p>Validator settings that differ from its defaults, and why:
 * <ul>
 *   <li>{@code allOf} is merged when the spec is parsed ({@code resolveCombinators}). Every response
 *       schema here is an {@code allOf} of the envelope and its {@code result}; unmerged, the
 *       validator's injected {@code additionalProperties: false} makes each branch reject the other's
 *       fields, and its findings sit nested under an {@code allOf} error that no level can lower.</li>
 *   <li>{@code validation.response.body.schema.additionalProperties} is IGNORE: the spec never forbids
 *       unknown fields and the API adds fields over time. Requests stay strict: an unknown field in
 *       a request body, or an unknown query parameter (also {@code page_token}), is an error.</li>
 *   <li>{@code validation.response.body.schema.enum} is ERROR in {@link Mode#STRICT} (the sandbox must
 *       never emit unknown values) and WARN in {@link Mode#TOLERANT_ENUMS} (for tests of the client's
 *       tolerance of new values, which the API docs ask for). This covers every enum in a response
 *       body, including the envelope's {@code status}.</li>
 *   <li>{@link ExtraChecks}: credentials ({@code Api-Key} or {@code Authorization: Bearer}), the
 *       response Content-Type, and {@link MultipartCheck} for sendFileToChat's multipart body.</li>
 * </ul>
 * Levels come from {@code LevelResolver.create()}, not the default resolver, so that no
 * {@code .swagger-validator} file or system property can change them.
 */
public final class SpecContract {

    public static final String SPEC_DIR_PROPERTY = "marketchats.spec.dir";
    public static final String SPEC_FILE_NAME = "yandex-market-partner-openapi-chats.yaml";

    /** How unknown enum values in response bodies count. */
    public enum Mode { STRICT, TOLERANT_ENUMS }

    private static final Map<Path, SpecContract> STRICT_BY_FILE = new ConcurrentHashMap<>();

    private final Path file;
    private final OpenAPI api;
    private final ApiOperationResolver operations;
    private final OpenApiInteractionValidator validator;
    private final Mode mode;
    private final SpecContract strict;
    private volatile SpecContract tolerant;

    private SpecContract(Path file, OpenAPI api, Mode mode, SpecContract strict) {
        this.file = file;
        this.api = api;
        this.mode = mode;
        this.strict = strict == null ? this : strict;
        this.operations = new ApiOperationResolver(api, null, false);
        ExtraChecks extraChecks = new ExtraChecks(api);
        this.validator = OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.response.body.schema.additionalProperties", Level.IGNORE)
                        .withLevel("validation.response.body.schema.enum",
                                mode == Mode.STRICT ? Level.ERROR : Level.WARN)
                        .build())
                .withCustomRequestValidation(extraChecks)
                .withCustomResponseValidation(extraChecks)
                .build();
    }

    /** The strict checker for the configured spec folder, or empty when the spec is not there. */
    public static Optional<SpecContract> load() {
        return configuredSpecDir().flatMap(SpecContract::load);
    }

    /** The strict checker for the bundle in {@code specDir}, or empty when the file is absent. */
    public static Optional<SpecContract> load(Path specDir) {
        Path file = specDir.resolve(SPEC_FILE_NAME).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(STRICT_BY_FILE.computeIfAbsent(file, SpecContract::parse));
    }

    /** For JUnit: the strict checker, or the test is skipped with {@link #unavailableReason()}. */
    public static SpecContract loadOrSkip() {
        Optional<SpecContract> contract = load();
        Assumptions.assumeTrue(contract.isPresent(), SpecContract::unavailableReason);
        return contract.orElseThrow();
    }

    /** Why {@link #load()} finds no spec (or that it does), for skip messages. */
    public static String unavailableReason() {
        Optional<Path> dir = configuredSpecDir();
        if (dir.isEmpty()) {
            return "Contract test skipped: system property '" + SPEC_DIR_PROPERTY + "' is not set "
                    + "(Maven's surefire sets it to ${project.basedir}/../shared/reference).";
        }
        Path file = dir.get().resolve(SPEC_FILE_NAME).toAbsolutePath().normalize();
        return Files.isRegularFile(file) ? "The spec is available at " + file
                : "Contract test skipped: the official spec " + file + " is absent (" + SPEC_DIR_PROPERTY + "="
                + dir.get() + "); it lives in the workspace's shared/reference folder, outside the repository.";
    }

    private static Optional<Path> configuredSpecDir() {
        String dir = System.getProperty(SPEC_DIR_PROPERTY);
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    private static SpecContract parse(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIParser().readContents(Files.readString(file), null, options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spec " + file, e);
        }
        if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
            throw new IllegalStateException("The spec " + file + " does not parse: " + result.getMessages());
        }
        return new SpecContract(file, result.getOpenAPI(), Mode.STRICT, null);
    }

    public Mode mode() {
        return mode;
    }

    /** The spec bundle this checker was read from, for tests that read the YAML's vendor extensions. */
    public Path file() {
        return file;
    }

    /** This spec checked in another mode; each mode's checker is built once. */
    public SpecContract inMode(Mode wanted) {
        if (wanted == mode) {
            return this;
        }
        if (wanted == Mode.STRICT) {
            return strict;
        }
        synchronized (strict) {
            if (strict.tolerant == null) {
                strict.tolerant = new SpecContract(file, api, Mode.TOLERANT_ENUMS, strict);
            }
            return strict.tolerant;
        }
    }

    /** The operationId that {@code method} on {@code path} resolves to, if the spec has one. */
    public Optional<String> operationId(String method, String path) {
        Optional<Request.Method> parsed = method(method);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ApiOperationMatch match = operations.findApiOperation(path, parsed.get());
        return match.isPathFound() && match.isOperationAllowed()
                ? Optional.ofNullable(match.getApiOperation().getOperation().getOperationId()) : Optional.empty();
    }

    /**
     * Validates one request: path and path parameters, query parameters, headers, credentials and
     * body (JSON schema; structure only for multipart). {@code contentType} may be null, in which case
     * a {@code Content-Type} in {@code headers} is used.
     */
    public ValidationResult validateRequest(String method, String path, String query,
                                            Map<String, List<String>> headers, byte[] body, String contentType) {
        String subject = method + " " + path + (query == null || query.isEmpty() ? "" : "?" + query);
        Optional<Request.Method> parsed = method(method);
        if (parsed.isEmpty()) {
            return unknownMethod(subject, "request", method);
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(parsed.get(), path);
        RecordedExchange.queryParameters(query).forEach(request::withQueryParam);
        headers.forEach((name, values) -> {
            if (contentType == null || !name.equalsIgnoreCase("Content-Type")) {
                request.withHeader(name, values);
            }
        });
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        return ValidationResult.from(subject, operationId(method, path).orElse(null), "request",
                validator.validateRequest(request.build()));
    }

    /** Validates one response to {@code method} on {@code path}: status, headers and body. */
    public ValidationResult validateResponse(String method, String path, int status,
                                             Map<String, List<String>> headers, byte[] body) {
        String subject = method + " " + path + " -> " + status;
        Optional<Request.Method> parsed = method(method);
        if (parsed.isEmpty()) {
            return unknownMethod(subject, "response", method);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (body != null && body.length > 0) {
            response.withBody(body);
        }
        return ValidationResult.from(subject, operationId(method, path).orElse(null), "response",
                validator.validateResponse(path, parsed.get(), response.build()));
    }

    public ValidationResult validateRequest(RecordedExchange exchange) {
        return validateRequest(exchange.method(), exchange.path(), exchange.query(), exchange.requestHeaders(),
                exchange.requestBody(), exchange.requestContentType());
    }

    public ValidationResult validateResponse(RecordedExchange exchange) {
        return validateResponse(exchange.method(), exchange.path(), exchange.status(),
                exchange.responseHeaders(), exchange.responseBody());
    }

    /** The request's and the response's problems together. */
    public ValidationResult validate(RecordedExchange exchange) {
        ValidationResult request = validateRequest(exchange);
        ValidationResult response = validateResponse(exchange);
        String subject = exchange.method() + " " + exchange.pathAndQuery() + " -> " + exchange.status();
        return new ValidationResult(subject, request.operationId(), List.of()).merge(request).merge(response);
    }

    /** Fails with every problem of the exchange, request and response, one per line. */
    public void assertValid(RecordedExchange exchange) {
        ValidationResult result = validate(exchange);
        if (!result.isValid()) {
            throw new AssertionError("Exchange breaks the spec (" + mode + "): " + result.describe());
        }
    }

    /** Fails with every problem of every exchange; also fails when there is nothing to check. */
    public void assertAllValid(Collection<RecordedExchange> exchanges) {
        if (exchanges.isEmpty()) {
            throw new AssertionError("No exchanges to check against the spec: was any traffic recorded?");
        }
        List<String> failures = new ArrayList<>();
        exchanges.forEach(exchange -> {
            ValidationResult result = validate(exchange);
            if (!result.isValid()) {
                failures.add(result.describe());
            }
        });
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + exchanges.size() + " exchanges break the spec ("
                    + mode + "):" + System.lineSeparator() + String.join(System.lineSeparator(), failures));
        }
    }

    private static Optional<Request.Method> method(String method) {
        try {
            return Optional.of(Request.Method.valueOf(method.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ValidationResult unknownMethod(String subject, String part, String method) {
        return new ValidationResult(subject, null, List.of(new ValidationResult.Problem(ValidationResult.Severity.ERROR,
                part, "marketchats.request.method.unknown", "'" + method + "' is not an HTTP method the spec can have.")));
    }
}
