package org.mspsdk.spring;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mspsdk.json.MspDecodeException;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Rule;
import org.mspsdk.validation.RuleCatalogue;
import org.mspsdk.validation.Severity;
import org.mspsdk.validation.jakarta.SafeguardingRecordConstraintValidator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problem documents the starter answers with, for use in an application's own exception handling too.
 * None of them carries a value from the request: only rule ids, severities, paths, JSON Pointers, line and column
 * numbers, and the SDK's messages (which name fields, rules and expected forms, never the data).
 *
 * <pre>{@code
 * {
 *   "type": "urn:mspsdk:problem:invalid-record",
 *   "title": "The record breaks MSP validation rules",
 *   "status": 400,
 *   "detail": "1 rule violation: MSP-PER-002",
 *   "errors": [ { "ruleId": "MSP-PER-002", "severity": "ERROR", "path": "adult.dateOfBirth",
 *                 "pointer": "/adult/dateOfBirth", "message": "..." } ]
 * }
 * }</pre>
 *
 * A decode failure has the type {@value #UNDECODABLE_RECORD} and one entry with {@code pointer}, {@code line},
 * {@code column}, {@code message} and {@code expected}.
 */
public final class MspProblems {

    /** The problem type of a record that breaks validation rules. */
    public static final String INVALID_RECORD = "urn:mspsdk:problem:invalid-record";
    /** The problem type of a request body that is not a record document the decoder accepts. */
    public static final String UNDECODABLE_RECORD = "urn:mspsdk:problem:undecodable-record";
    /** The property of a problem that lists its errors. */
    public static final String ERRORS = "errors";

    private MspProblems() {
    }

    /**
     * @param findings the findings of the SDK's validator (errors and warnings)
     * @return a 400 problem listing every finding
     */
    public static ProblemDetail invalidRecord(List<Finding> findings) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Finding f : findings) {
            errors.add(entry(f));
        }
        return invalid(errors);
    }

    /**
     * @param error what the SDK's decoder reported
     * @return a 400 problem naming the pointer, line, column, what is wrong and what was expected
     */
    public static ProblemDetail undecodableRecord(MspDecodeException error) {
        ProblemDetail p = problem(UNDECODABLE_RECORD, "The request body is not a valid MSP record document",
                error.getMessage());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("pointer", error.pointer());
        putPosition(e, error.line(), error.column());
        e.put("message", error.problem());
        e.put("expected", error.expected());
        p.setProperty(ERRORS, List.of(e));
        return p;
    }

    /**
     * A body that is not JSON at all, or is missing. The JSON library's own message is left out: it can quote the
     * document.
     *
     * @param line   the 1-based line, or -1 when unknown
     * @param column the 1-based column, or -1 when unknown
     * @return a 400 problem
     */
    public static ProblemDetail unreadableBody(long line, long column) {
        String message = "the request body is missing or is not well-formed JSON";
        ProblemDetail p = problem(UNDECODABLE_RECORD, "The request body is not a valid MSP record document",
                message);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("pointer", "");
        putPosition(e, line, column);
        e.put("message", message);
        e.put("expected", "one JSON object: a record in the MSP wire format");
        p.setProperty(ERRORS, List.of(e));
        return p;
    }

    /**
     * @param errors the entries: an MSP finding gives its rule id, severity, path, pointer and message; any other
     *               constraint gives the path, pointer and the constraint's name (its message could repeat the value)
     * @return a 400 problem listing them
     */
    static ProblemDetail invalid(List<Map<String, Object>> errors) {
        Set<String> ids = new TreeSet<>();
        for (Map<String, Object> e : errors) {
            Object id = e.get("ruleId");
            if (id != null) {
                ids.add(id.toString());
            }
        }
        String detail = errors.size() + (errors.size() == 1 ? " rule violation" : " rule violations")
                + (ids.isEmpty() ? "" : ": " + String.join(", ", ids));
        ProblemDetail p = problem(INVALID_RECORD, "The record breaks MSP validation rules", detail);
        p.setProperty(ERRORS, List.copyOf(errors));
        return p;
    }

    /**
     * @param violation a violation of {@code @ValidSafeguardingRecord}
     * @return its finding: rule id, the rule's severity, the path below the validated parameter, the message
     */
    static Finding finding(ConstraintViolation<?> violation) {
        String template = violation.getMessage() == null ? "" : violation.getMessage();
        String ruleId = SafeguardingRecordConstraintValidator.ruleIdOf(violation).orElse("MSP-UNKNOWN");
        String message = template.startsWith(ruleId + ": ") ? template.substring(ruleId.length() + 2) : template;
        Severity severity = RuleCatalogue.find(ruleId).map(Rule::severity).orElse(Severity.ERROR);
        String path = path(violation.getPropertyPath());
        return new Finding(ruleId, severity, path.isEmpty() ? "(record)" : path, message.isBlank() ? ruleId : message);
    }

    /**
     * @param path     the path of a non-MSP error, in Spring's field syntax
     * @param constraint the constraint's name (for example {@code NotNull})
     * @return its entry
     */
    static Map<String, Object> otherEntry(String path, String constraint) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("path", path);
        e.put("pointer", pointer(path));
        e.put("message", "breaks the constraint " + constraint);
        return e;
    }

    static Map<String, Object> entry(Finding f) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("ruleId", f.ruleId());
        e.put("severity", f.severity().name());
        e.put("path", f.path());
        e.put("pointer", pointer(f.path()));
        e.put("message", f.message());
        return e;
    }

    /**
     * The path of a violation below the method and parameter nodes of method validation, in the SDK's syntax
     * ({@code outcomes.negotiatedOutcomes[1].revisions[0].reason}).
     */
    static String path(Path propertyPath) {
        StringBuilder b = new StringBuilder();
        for (Path.Node node : propertyPath) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                b.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(node.getName());
            }
        }
        return b.toString();
    }

    /**
     * @param path a path such as {@code outcomes.negotiatedOutcomes[1].revisions[0].reason}
     * @return its JSON Pointer, {@code /outcomes/negotiatedOutcomes/1/revisions/0/reason}
     */
    static String pointer(String path) {
        if (path.isEmpty() || path.startsWith("(")) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String step : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!step.isEmpty()) {
                b.append('/').append(step.replace("~", "~0").replace("/", "~1"));
            }
        }
        return b.toString();
    }

    private static void putPosition(Map<String, Object> e, long line, long column) {
        if (line > 0) {
            e.put("line", line);
        }
        if (column > 0) {
            e.put("column", column);
        }
    }

    private static ProblemDetail problem(String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setType(URI.create(type));
        p.setTitle(title);
        return p;
    }
}
