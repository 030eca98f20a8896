package org.mspsdk.returns;

import org.mspsdk.vocabulary.Population;

/**
 * A SAC table counted record by record (SG1f, SG2a-SG4a): its counting rule ({@link #add}), merge, cells
 * ({@link #counts}) and equality in one small class. The table's shape (populations, code lists, labels) is on
 * {@link org.mspsdk.vocabulary.SacTable}; the counts follow its order.
 *
 * <pre>{@code
 * final class Sg2cTally implements TableTally {
 *     private final long[][] counts = new long[2][EnquiryResult.values().length];
 *     public void add(RecordFacts r) { ... counts[Concluded.index(p)][result.ordinal()]++; }
 *     ...
 * }
 * }</pre>
 */
non-sealed interface TableTally extends TablePart, PartTally {

    /**
     * @param population one of the table's populations
     * @return the exact counts of its cells, in the order of the table's shape (a copy or a live array the caller
     *     only reads)
     */
    long[] counts(Population population);
}
