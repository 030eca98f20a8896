package org.mspsdk.validation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a {@link Validator} found in one record, as data. A report is valid when it has no error
 * (warnings are allowed). {@link #orThrow()} is the one place that turns a report into an exception.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(record);
 * for (Finding f : report.errors()) {
 *     screen.mark(f.path(), f.ruleId(), f.message());
 * }
 * validator.validate(record).orThrow(); // or throw, carrying every finding
 * }</pre>
 */
public final class ValidationReport {

    private static final int MAX_FINDINGS_IN_MESSAGE = 10;

    private final List<Finding> findings;

    /**
     * @param findings the findings, in the order they were found
     */
    public ValidationReport(List<Finding> findings) {
        this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** @return every finding, errors and warnings, in rule order */
    public List<Finding> findings() {
        return findings;
    }

    /** @return true when there is no error */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** @return the errors */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** @return the warnings */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** @return the distinct rule ids of the findings */
    public Set<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Returns this report when it is valid, else throws.
     *
     * @return this report (which may hold warnings)
     * @throws ValidationException carrying every finding when there is at least one error
     */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new ValidationException(this);
        }
        return this;
    }

    /** @return a one-line summary for logs: counts and rule ids only, no personal data */
    String summary() {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        StringBuilder sb = new StringBuilder("record is invalid: ").append(errors)
                .append(errors == 1 ? " error" : " errors").append(", ").append(warnings)
                .append(warnings == 1 ? " warning" : " warnings");
        int shown = 0;
        for (Finding f : findings) {
            if (shown == MAX_FINDINGS_IN_MESSAGE) {
                sb.append("; and ").append(findings.size() - shown).append(" more");
                break;
            }
            sb.append(shown == 0 ? ": " : "; ").append(f);
            shown++;
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport r && r.findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    @Override
    public String toString() {
        return "ValidationReport" + findings;
    }
}
