package org.mspsdk.validation;

import java.util.List;
import org.mspsdk.MspException;

/**
 * Thrown by {@link ValidationReport#orThrow()} when a record has at least one error. It carries every finding
 * (errors and warnings); its message lists them (rule id, path, message: never personal data).
 *
 * <pre>{@code
 * try {
 *     validator.validate(record).orThrow();
 * } catch (ValidationException e) {
 *     e.findings().forEach(f -> log.warn("{} {} {}", f.ruleId(), f.path(), f.message()));
 * }
 * }</pre>
 */
public final class ValidationException extends MspException {

    private static final long serialVersionUID = 1L;

    private final List<Finding> findings;

    /**
     * @param report the report with at least one error
     */
    public ValidationException(ValidationReport report) {
        super(Kind.INVALID_RECORD, report.summary());
        this.findings = List.copyOf(report.findings());
    }

    /** @return every finding of the report */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the report */
    public ValidationReport report() {
        return new ValidationReport(findings);
    }
}
