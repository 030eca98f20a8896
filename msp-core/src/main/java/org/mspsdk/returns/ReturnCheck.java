package org.mspsdk.returns;

import java.util.List;
import java.util.Objects;
import org.mspsdk.validation.Rule;
import org.mspsdk.vocabulary.SacTable;

/**
 * The result of one of the return's own consistency checks (rules MSP-RET-*): which rule, whether it passed, and
 * the figures compared. The figures are counts of the whole return, not personal data; they are exact, so keep
 * them out of a published output ({@link #message(boolean)} with {@code false}).
 *
 * @param rule   the rule (its id, severity and wording in {@code org.mspsdk.validation.RuleCatalogue})
 * @param tables the tables compared
 * @param passed true when the figures agree with the rule
 * @param left   the figure the rule is about (for example the SG3a total)
 * @param right  the figure it is compared with (for example the concluded section 42 enquiries)
 */
public record ReturnCheck(Rule rule, List<SacTable> tables, boolean passed, long left, long right) {

    /** Checks and copies. */
    public ReturnCheck {
        Objects.requireNonNull(rule, "rule");
        tables = List.copyOf(tables);
    }

    /** @return true when the check failed with severity ERROR */
    public boolean isError() {
        return !passed && rule.severity() == org.mspsdk.validation.Severity.ERROR;
    }

    /**
     * @param withFigures whether to name the exact figures compared (not for a published output)
     * @return {@code passed} or {@code ERROR} / {@code QUERY}, the figures when asked ({@code (12 against 13)}),
     *     then what the rule checks
     */
    public String message(boolean withFigures) {
        return (passed ? "passed" : rule.severity().name())
                + (withFigures ? " (" + left + " against " + right + ")" : "") + ": " + rule.checks();
    }

    @Override
    public String toString() {
        return "ReturnCheck[" + rule.id() + (passed ? " passed" : " " + rule.severity()) + "]";
    }
}
