package org.mspsdk.returns;

import java.util.Arrays;
import org.mspsdk.vocabulary.EnquiryResult;
import org.mspsdk.vocabulary.Population;

/** SG2c: enquiries concluded in the year by action taken and result, one per enquiry; missing: left out, reported. */
final class Sg2cTally implements TableTally {

    private final long[][] counts = new long[2][EnquiryResult.values().length];

    @Override
    public void add(RecordFacts r) {
        Population p = r.concluded();
        if (p == null) {
            return;
        }
        if (r.enquiry().result().isEmpty()) {
            r.issue(DataQualityIssue.RESULT_NOT_RECORDED);
            return;
        }
        counts[Counts.concluded(p)][r.enquiry().result().get().ordinal()]++;
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(counts, ((Sg2cTally) other).counts);
    }

    @Override
    public long[] counts(Population population) {
        return counts[Counts.concluded(population)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg2cTally other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }
}
