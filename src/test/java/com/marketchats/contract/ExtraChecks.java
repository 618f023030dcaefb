package com.marketchats.contract;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks this project adds to the validator through its custom-validation hooks. They run
 * only once the validator has resolved the operation, and report at level ERROR under keys that
 * start with {@code marketchats.}:
 * <ul>
 *   <li>credentials: the validator accepts a request with none (one of the spec's security
 *       alternatives is OAuth, which it does not check), so an operation that declares security
 *       must carry a non-blank {@code Api-Key} header, or {@code Authorization: Bearer <token>};
 *       an {@code Api-Key} value with a {@code Bearer } prefix is an error too (the API answers
 *       it with 401 "Api-Key token prefix invalid");</li>
 *   <li>multipart bodies, which the validator skips: see {@link MultipartCheck};</li>
 *   <li>responses: a non-empty body where the spec defines a JSON body must say its
 *       {@code Content-Type} (the validator only checks the header when it is present).</li>
 * </ul>
 */
final class ExtraChecks implements CustomRequestValidator, CustomResponseValidator {

    static final String AUTH_MISSING = "marketchats.request.auth.missing";
    static final String AUTH_INVALID = "marketchats.request.auth.invalid";
    static final String RESPONSE_CONTENT_TYPE_MISSING = "marketchats.response.contentType.missing";

    private final List<SecurityRequirement> globalSecurity;

    ExtraChecks(OpenAPI api) {
        this.globalSecurity = api.getSecurity() == null ? List.of() : List.copyOf(api.getSecurity());
    }

    @Override
    public ValidationReport validate(Request request, ApiOperation operation) {
        return checkCredentials(request, operation).merge(MultipartCheck.check(request, operation));
    }

    @Override
    public ValidationReport validate(Response response, ApiOperation operation) {
        ApiResponse declared = operation.getOperation().getResponses() == null ? null
                : operation.getOperation().getResponses().get(String.valueOf(response.getStatus()));
        boolean bodyDeclared = declared != null && declared.getContent() != null && !declared.getContent().isEmpty();
        boolean hasBody = response.getResponseBody().filter(Body::hasBody).isPresent();
        if (bodyDeclared && hasBody && response.getContentType().isEmpty()) {
            return error(RESPONSE_CONTENT_TYPE_MISSING, "Response " + response.getStatus() + " has a body but no "
                    + "Content-Type header; the spec defines " + declared.getContent().keySet() + ".");
        }
        return ValidationReport.empty();
    }

    private ValidationReport checkCredentials(Request request, ApiOperation operation) {
        List<SecurityRequirement> security = operation.getOperation().getSecurity() != null
                ? operation.getOperation().getSecurity() : globalSecurity;
        if (security.isEmpty() || security.stream().anyMatch(Map::isEmpty)) {
            return ValidationReport.empty();
        }
        String where = operation.getMethod() + " " + operation.getApiPath().original();
        Optional<String> apiKey = header(request, "Api-Key");
        Optional<String> authorization = header(request, "Authorization");
        if (apiKey.isPresent()) {
            String value = apiKey.get().trim();
            if (value.isEmpty()) {
                return error(AUTH_INVALID, where + ": the Api-Key header is empty.");
            }
            if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return error(AUTH_INVALID, where + ": the Api-Key header must carry the bare key, without a 'Bearer ' prefix.");
            }
            return ValidationReport.empty();
        }
        if (authorization.isPresent()) {
            String value = authorization.get().trim();
            boolean bearer = value.regionMatches(true, 0, "Bearer ", 0, 7) && !value.substring(7).isBlank();
            return bearer ? ValidationReport.empty()
                    : error(AUTH_INVALID, where + ": the Authorization header must be 'Bearer <OAuth token>'.");
        }
        return error(AUTH_MISSING, where + " requires credentials but the request sends none: "
                + "expected an 'Api-Key' header (or 'Authorization: Bearer <token>').");
    }

    private static Optional<String> header(Request request, String name) {
        return request.getHeaders().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .flatMap(Collection::stream)
                .findFirst();
    }

    static ValidationReport error(String key, String message) {
        return ValidationReport.singleton(ValidationReport.Message.create(key, message).build());
    }
}
