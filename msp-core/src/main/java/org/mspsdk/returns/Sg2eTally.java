package org.mspsdk.returns;

import java.util.Arrays;
import org.mspsdk.model.Enquiry;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.RiskOutcome;

/**
 * SG2e: enquiries concluded in the year whose result is one of the two "risk identified" values, by risk
 * outcome. Reported: a risk identified without an outcome, and an outcome recorded where no risk was identified
 * (left out). An enquiry without a result is left out (SG2c reports it).
 */
final class Sg2eTally implements TableTally {

    private final long[][] counts = new long[2][RiskOutcome.values().length];

    @Override
    public void add(RecordFacts r) {
        Population p = r.concluded();
        if (p == null || r.enquiry().result().isEmpty()) {
            return;
        }
        Enquiry e = r.enquiry();
        EnquiryResult result = e.result().get();
        if (!result.isRiskIdentified()) {
            if (e.riskOutcome().isPresent()) {
                r.issue(DataQualityIssue.RISK_OUTCOME_WITHOUT_IDENTIFIED_RISK);
            }
        } else if (e.riskOutcome().isEmpty()) {
            r.issue(DataQualityIssue.RISK_OUTCOME_NOT_RECORDED);
        } else {
            counts[Counts.concluded(p)][e.riskOutcome().get().ordinal()]++;
        }
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(counts, ((Sg2eTally) other).counts);
    }

    @Override
    public long[] counts(Population population) {
        return counts[Counts.concluded(population)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg2eTally other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }
}
