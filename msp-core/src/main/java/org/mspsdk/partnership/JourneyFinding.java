package org.mspsdk.partnership;

import java.util.Objects;
import org.mspsdk.validation.Finding;
import org.mspsdk.validation.Severity;

/**
 * A problem found by comparing the records of one journey: the rule (MSP-JNY, see
 * {@link org.mspsdk.validation.RuleCatalogue}), its severity, which record (by record id) and where in it, and what
 * was expected. The message holds no personal data; {@link #toString()} leaves the record id out.
 *
 * @param recordId the id of the record the finding points into
 * @param finding  the rule id, severity, path within that record and message
 */
public record JourneyFinding(String recordId, Finding finding) {

    /** Checks that both parts are present. */
    public JourneyFinding {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(finding, "finding");
    }

    /** @return the rule id, for example {@code MSP-JNY-007} */
    public String ruleId() {
        return finding.ruleId();
    }

    /** @return the severity */
    public Severity severity() {
        return finding.severity();
    }

    /** @return the path within the record, for example {@code enquiry.result} */
    public String path() {
        return finding.path();
    }

    /** @return {@code ERROR MSP-JNY-007 at enquiry.result of a record: message}, without the record id */
    @Override
    public String toString() {
        return finding.severity() + " " + finding.ruleId() + " at " + finding.path() + " of a record: "
                + finding.message();
    }
}
