package org.mspsdk.returns;

import java.util.Arrays;
import org.mspsdk.vocabulary.Population;

/** SG1f: concerns received, section 42 enquiries commenced and other enquiries commenced in the year. */
final class Sg1fTally implements TableTally {

    private static final Population[] POPULATIONS = {Population.SAFEGUARDING_CONCERNS, Population.S42_ENQUIRIES,
        Population.OTHER_ENQUIRIES};

    private final long[] totals = new long[POPULATIONS.length];

    @Override
    public void add(RecordFacts r) {
        for (int i = 0; i < POPULATIONS.length; i++) {
            if (r.in(POPULATIONS[i])) {
                totals[i]++;
            }
        }
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(totals, ((Sg1fTally) other).totals);
    }

    @Override
    public long[] counts(Population population) {
        return new long[] {totals[Arrays.asList(POPULATIONS).indexOf(population)]};
    }

    /** @return the concerns received in the year (for {@link SacTally#toString()}) */
    long[] totals() {
        return totals.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg1fTally other && Arrays.equals(totals, other.totals);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(totals);
    }
}
