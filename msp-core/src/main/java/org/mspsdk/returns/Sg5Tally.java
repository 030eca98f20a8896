package org.mspsdk.returns;

import java.util.Arrays;
import java.util.Optional;
import org.mspsdk.model.SafeguardingAdultsReview;
import org.mspsdk.model.SarRegister;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * SG5a and SG5b: the Safeguarding Adults Reviews completed in the reporting year, from the board's register in
 * the settings, not from person records. SG5a counts the reviews by whether one or more individuals died; SG5b
 * adds up the individuals who suffered serious harm and died, and who survived. A review still in progress (no
 * completion date) is not counted. Without a register the figures are missing ({@code [x]} when published),
 * never zero. Records add nothing and merging adds nothing: tallies merge only with equal settings, so both hold
 * the same register and the same figures.
 */
final class Sg5Tally implements TableTally {

    private final SacTable table;
    /** The two cells, or null when no register was given. */
    private final long[] counts;

    private Sg5Tally(SacTable table, long[] counts) {
        this.table = table;
        this.counts = counts;
    }

    /**
     * @param table   SG5A or SG5B
     * @param reviews the register, if given
     * @param year    the reporting year
     * @return the table's tally, its figures fixed by the register
     */
    static Sg5Tally of(SacTable table, Optional<SarRegister> reviews, ReportingYear year) {
        if (reviews.isEmpty()) {
            return new Sg5Tally(table, null);
        }
        long[] counts = new long[2];
        for (SafeguardingAdultsReview r : reviews.get().reviews()) {
            if (r.completedOn().isEmpty() || !year.contains(r.completedOn().get())) {
                continue;
            }
            if (table == SacTable.SG5A) {
                counts[r.oneOrMoreDied() ? 0 : 1]++;
            } else {
                counts[0] += Math.max(0, r.individualsDied());
                counts[1] += Math.max(0, r.individualsSurvived());
            }
        }
        return new Sg5Tally(table, counts);
    }

    @Override
    public void add(RecordFacts r) {
        // a board-level input: records add nothing
    }

    @Override
    public void merge(PartTally other) {
        // the register comes with the settings, which merged tallies share
    }

    @Override
    public long[] counts(Population population) {
        return counts == null ? new long[2] : counts.clone();
    }

    @Override
    public boolean missing(Population population) {
        return counts == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg5Tally other && table == other.table && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return table.hashCode() * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return table.reference();
    }
}
