package org.mspsdk.returns;

import org.mspsdk.vocabulary.Population;

/**
 * A SAC table counted record by record (SG1f, SG2a-SG4a): its counting rule ({@link #add}), merge, cells
 * ({@link #counts}) and equality in one small class. The table's shape (populations, code lists, labels) is on
 * {@link org.mspsdk.vocabulary.SacTable}; the counts follow its order.
 *
 * <p>A new table: its {@link org.mspsdk.vocabulary.SacTable} entry (reference, title, shape), a class like
 * {@code Sg2cTally} (a {@code long[]} per population, {@code add} counting one record and noting its
 * {@link DataQualityIssue}s on the {@link RecordFacts}, {@code merge} adding arrays, {@code counts} returning
 * them in shape order, {@code equals} comparing them), one case in {@link TablePart#of}, and one test.
 */
non-sealed interface TableTally extends TablePart, PartTally {

    /**
     * @param population one of the table's populations
     * @return the exact counts of its cells, in the order of the table's shape (a copy or a live array the caller
     *     only reads)
     */
    long[] counts(Population population);

    /**
     * @param population one of the table's populations
     * @return true when the table's figures for it are missing rather than counted (SG5a and SG5b without a
     *     register of reviews); {@link #counts} is then all zeros
     */
    default boolean missing(Population population) {
        return false;
    }
}
