package org.mspsdk.returns;

import java.util.Arrays;
import org.mspsdk.model.RiskItem;
import org.mspsdk.vocabulary.LocationOfRisk;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.TypeOfRisk;

/**
 * SG2a_b1: enquiries concluded in the year by type and location of risk. Each enquiry counts once per distinct
 * (type, location) pair of its risk items, whatever their sources, so the cells need not add up to the number of
 * enquiries. A risk item without a location is left out (SG2b reports it). The 99 cells do not fit the bits of
 * one {@code long}, so a record's pairs are kept in a small reused array of flags.
 */
final class Sg2aB1Tally implements TableTally {

    private static final int LOCATIONS = LocationOfRisk.values().length;
    private static final int CELLS = TypeOfRisk.values().length * LOCATIONS;

    private final long[][] counts = new long[2][CELLS];
    /** The record's pairs so far; cleared after each record. */
    private final boolean[] seen = new boolean[CELLS];

    @Override
    public void add(RecordFacts r) {
        Population p = r.concluded();
        if (p == null) {
            return;
        }
        long[] row = counts[Counts.concluded(p)];
        int items = r.enquiry().riskItems().size();
        int[] marked = new int[items];
        int n = 0;
        for (RiskItem item : r.enquiry().riskItems()) {
            if (item.location().isPresent()) {
                int cell = item.type().ordinal() * LOCATIONS + item.location().get().ordinal();
                if (!seen[cell]) {
                    seen[cell] = true;
                    row[cell]++;
                    marked[n++] = cell;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            seen[marked[i]] = false;
        }
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(counts, ((Sg2aB1Tally) other).counts);
    }

    @Override
    public long[] counts(Population population) {
        return counts[Counts.concluded(population)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg2aB1Tally other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }
}
