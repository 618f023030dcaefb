package com.marketchats.contract;

import com.atlassian.oai.validator.report.ValidationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link SpecContract} found in one request, one response or both.
 *
 * @param subject     what was checked, e.g. {@code POST /v2/businesses/1/chats?limit=21}
 * @param operationId the spec operation the method and path resolve to, or {@code null} when none does
 * @param problems    every error and warning, in the validator's order
 */
public record ValidationResult(String subject, String operationId, List<Problem> problems) {

    public enum Severity { ERROR, WARNING }

    /**
     * One finding. {@code key} is the validator's message key (e.g.
     * {@code validation.request.parameter.schema.maximum}) or one of this checker's own keys,
     * which start with {@code marketchats.}; {@code part} is {@code request} or {@code response}.
     */
    public record Problem(Severity severity, String part, String key, String message) {
        @Override
        public String toString() {
            return (severity == Severity.WARNING ? "warning: " : "") + part + ": [" + key + "] " + message;
        }
    }

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    /** Converts a validator report; INFO and IGNORE messages are dropped, nested messages flattened. */
    static ValidationResult from(String subject, String operationId, String part, ValidationReport report) {
        List<Problem> problems = new ArrayList<>();
        report.getMessages().forEach(message -> collect(part, message, problems));
        return new ValidationResult(subject, operationId, problems);
    }

    private static void collect(String part, ValidationReport.Message message, List<Problem> into) {
        Severity severity = switch (message.getLevel()) {
            case ERROR -> Severity.ERROR;
            case WARN -> Severity.WARNING;
            default -> null;
        };
        if (severity != null) {
            String text = message.getContext().flatMap(ValidationReport.MessageContext::getParameter)
                    .map(parameter -> "[" + parameter.getIn() + " parameter '" + parameter.getName() + "'] ")
                    .orElse("") + message.getMessage();
            if (!message.getAdditionalInfo().isEmpty()) {
                text += " (" + String.join("; ", message.getAdditionalInfo()) + ")";
            }
            into.add(new Problem(severity, part, message.getKey(), text));
        }
        message.getNestedMessages().forEach(nested -> collect(part, nested, into));
    }

    public Optional<String> operation() {
        return Optional.ofNullable(operationId);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    public Set<String> errorKeys() {
        return errors().stream().map(Problem::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public Set<String> warningKeys() {
        return warnings().stream().map(Problem::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** True when there is no error; warnings do not count. */
    public boolean isValid() {
        return errors().isEmpty();
    }

    /** Both results' problems under the subject and operation of this one. */
    public ValidationResult merge(ValidationResult other) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ValidationResult(subject, operationId != null ? operationId : other.operationId, all);
    }

    /** A readable multi-line report: the subject, the operation, then one line per problem. */
    public String describe() {
        StringBuilder text = new StringBuilder(subject)
                .append(" [").append(operationId == null ? "no operation in the spec" : operationId).append("]");
        if (problems.isEmpty()) {
            return text.append(": conforms to the spec").toString();
        }
        text.append(": ").append(errors().size()).append(" error(s), ")
                .append(warnings().size()).append(" warning(s)");
        problems.forEach(problem -> text.append(System.lineSeparator()).append("  - ").append(problem));
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
