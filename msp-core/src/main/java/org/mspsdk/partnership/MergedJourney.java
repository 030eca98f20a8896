package org.mspsdk.partnership;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.Severity;

/**
 * One journey merged into one case, with what the merge found.
 *
 * @param journey  the records merged, each kept whole
 * @param merged   the merged case: the lead council's record with the partners' organisations, roles, desired and
 *                 negotiated outcomes, ratings and questionnaire responses added, each attributed; empty when the
 *                 journey has no lead council record (it is then not a council concern; see rule MSP-JNY-010)
 * @param findings conflicts between the records and problems of the journey, in record order
 */
public record MergedJourney(Journey journey, Optional<SafeguardingRecord> merged, List<JourneyFinding> findings) {

    /** Checks and copies. */
    public MergedJourney {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(merged, "merged");
        findings = List.copyOf(findings);
    }

    /** @return true when no finding is an error */
    public boolean isConsistent() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Override
    public String toString() {
        return "MergedJourney[" + journey + ", merged=" + merged.isPresent() + ", findings=" + findings.size() + "]";
    }
}
