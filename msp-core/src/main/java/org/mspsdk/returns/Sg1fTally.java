package org.mspsdk.returns;

import java.util.Arrays;
import org.mspsdk.vocabulary.Population;

/**
 * SG1f: concerns received, section 42 enquiries commenced and other enquiries commenced in the year; beside them
 * (not a cell of the return) the section 42 enquiries concluded in the year, the base of the return's consistency
 * checks ({@link SacReturn#concludedS42Enquiries()}).
 */
final class Sg1fTally implements TableTally {

    private static final Population[] POPULATIONS = {Population.SAFEGUARDING_CONCERNS, Population.S42_ENQUIRIES,
        Population.OTHER_ENQUIRIES};

    private final long[] totals = new long[POPULATIONS.length];
    private long concludedS42;

    @Override
    public void add(RecordFacts r) {
        for (int i = 0; i < POPULATIONS.length; i++) {
            if (r.in(POPULATIONS[i])) {
                totals[i]++;
            }
        }
        if (r.in(Population.CONCLUDED_S42)) {
            concludedS42++;
        }
    }

    @Override
    public void merge(PartTally other) {
        Counts.addAll(totals, ((Sg1fTally) other).totals);
        concludedS42 += ((Sg1fTally) other).concludedS42;
    }

    /** @return the section 42 enquiries concluded in the year */
    long concludedS42() {
        return concludedS42;
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
        return o instanceof Sg1fTally other && Arrays.equals(totals, other.totals)
                && concludedS42 == other.concludedS42;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(totals);
    }
}
