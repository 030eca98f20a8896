package org.mspsdk.returns;

import java.util.Arrays;
import org.mspsdk.model.RiskItem;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.SourceOfRisk;

/**
 * SG2b: enquiries concluded in the year by location and source of risk, once per distinct (location, source)
 * pair. A risk item without a source (reported by SG2a) or without a location is left out; a missing location
 * is reported.
 */
final class Sg2bTally implements TableTally {

    private static final int SOURCES = SourceOfRisk.values().length;
    private static final int CELLS = Counts.bitCells(SacTable.SG2B, LocationOfRisk.values().length * SOURCES);

    private final long[][] counts = new long[2][CELLS];

    @Override
    public void add(RecordFacts r) {
        Population p = r.concluded();
        if (p == null) {
            return;
        }
        long pairs = 0;
        for (RiskItem item : r.enquiry().riskItems()) {
            if (item.source().isEmpty()) {
                continue;
            }
            if (item.location().isEmpty()) {
                r.issue(DataQualityIssue.RISK_LOCATION_NOT_RECORDED);
            } else {
                pairs |= 1L << (item.location().get().ordinal() * SOURCES + item.source().get().ordinal());
            }
        }
        Counts.countBits(counts[Counts.concluded(p)], pairs);
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(counts, ((Sg2bTally) other).counts);
    }

    @Override
    public long[] counts(Population population) {
        return counts[Counts.concluded(population)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg2bTally other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }
}
