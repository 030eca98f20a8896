package org.mspsdk.returns;

/**
 * A mergeable part of a {@link SacTally} (a table, the person state, a measure, the board breakdowns): its
 * counting rule and its merge. Implementations also define {@code equals} over their counts, so that adding A
 * then B gives a part equal to merging the part of A with the part of B.
 */
interface PartTally {

    /**
     * Counts one record. Allocation-free where it can be: this runs once per record.
     *
     * @param record the record's facts
     */
    void add(RecordFacts record);

    /**
     * Adds another part's counts to this one.
     *
     * @param other a part of the same class, of a tally with equal settings
     */
    void merge(PartTally other);
}
