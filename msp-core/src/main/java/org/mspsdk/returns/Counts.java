package org.mspsdk.returns;

import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/** Small helpers the tallies share for their count arrays. */
final class Counts {

    private Counts() {
    }

    /** Adds {@code from} into {@code into}, element by element. */
    static void addAll(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Adds every row of {@code from} into {@code into}. */
    static void addAll(long[][] into, long[][] from) {
        for (int i = 0; i < into.length; i++) {
            addAll(into[i], from[i]);
        }
    }

    /** Adds one to the counts of each bit set in {@code bits}. */
    static void countBits(long[] counts, long bits) {
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            counts[i]++;
            bits &= bits - 1;
        }
    }

    /**
     * @return the row of a table counted per concluded population: 0 for concluded section 42 enquiries, 1 for
     *     concluded other enquiries
     */
    static int concluded(Population p) {
        return switch (p) {
            case CONCLUDED_S42 -> 0;
            case CONCLUDED_OTHER -> 1;
            default -> throw new IllegalArgumentException("not a concluded population: " + p);
        };
    }

    /**
     * Guards a table that keeps a record's cells as bits of one {@code long}.
     *
     * @throws IllegalStateException (at class initialisation of the table) when the table has more than 64 cells
     */
    static int bitCells(SacTable table, int cells) {
        if (cells > Long.SIZE) {
            throw new IllegalStateException(table.reference() + " has " + cells + " cells per population but keeps a record's"
                    + " cells as the bits of one long (64): a code list has outgrown it");
        }
        return cells;
    }
}
