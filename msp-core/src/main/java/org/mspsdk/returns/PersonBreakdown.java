package org.mspsdk.returns;

/**
 * An SG1 table of distinct people (SG1a-SG1e): its field of the {@link PersonState} (the counting rule) and how a
 * person's final value adds to the table's cells. Merge and equality come with the person state ({@link People}).
 */
non-sealed interface PersonBreakdown extends TablePart, PersonField {

    /**
     * Adds one person to the counts.
     *
     * @param value  the person's value of this field, after combining all their records in the population
     * @param counts the table's counts for the population, in {@link org.mspsdk.vocabulary.TableShape} order
     */
    void count(long value, long[] counts);
}
