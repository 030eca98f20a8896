package org.mspsdk.returns;

import java.util.Arrays;
import org.mspsdk.model.RiskItem;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;
import org.mspsdk.vocabulary.SourceOfRisk;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * SG2a: enquiries concluded in the year by type and source of risk. Each enquiry counts once per distinct
 * (type, source) pair of its risk items, so the cells need not add up to the number of enquiries. A risk item
 * without a source is left out, and reported; so is an enquiry without risk items.
 */
final class Sg2aTally implements TableTally {

    private static final int SOURCES = SourceOfRisk.values().length;
    private static final int CELLS = Counts.bitCells(SacTable.SG2A, TypeOfRisk.values().length * SOURCES);

    private final long[][] counts = new long[2][CELLS];

    @Override
    public void add(RecordFacts r) {
        Population p = r.concluded();
        if (p == null) {
            return;
        }
        if (r.enquiry().riskItems().isEmpty()) {
            r.issue(DataQualityIssue.NO_RISK_ITEMS);
        }
        long pairs = 0;
        for (RiskItem item : r.enquiry().riskItems()) {
            if (item.source().isEmpty()) {
                r.issue(DataQualityIssue.RISK_SOURCE_NOT_RECORDED);
            } else {
                pairs |= 1L << (item.type().ordinal() * SOURCES + item.source().get().ordinal());
            }
        }
        Counts.countBits(counts[Counts.concluded(p)], pairs);
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(counts, ((Sg2aTally) other).counts);
    }

    @Override
    public long[] counts(Population population) {
        return counts[Counts.concluded(population)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg2aTally other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }
}
