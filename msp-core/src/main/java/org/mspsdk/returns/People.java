package org.mspsdk.returns;

import java.util.Arrays;
import java.util.List;
import org.mspsdk.vocabulary.Population;

/**
 * The distinct people of the SG1 populations: one {@link PersonTable} of {@link PersonState}s per population
 * (concerns received, section 42 enquiries commenced, other enquiries commenced). The SG1 tables and the sector
 * outcomes measure are read from it when the return is built; merge and equality are the tables'.
 */
final class People implements PartTally {

    private static final Population[] POPULATIONS = {Population.SAFEGUARDING_CONCERNS, Population.S42_ENQUIRIES,
        Population.OTHER_ENQUIRIES};

    private final PersonState state;
    private final PersonTable[] tables = new PersonTable[POPULATIONS.length];

    /**
     * @param fields the distinct-person counts, in layout order (LATEST fields most significant first)
     * @throws IllegalStateException when they need more bits than a person's state has
     */
    People(List<? extends PersonField> fields) {
        this.state = new PersonState(fields);
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new PersonTable(state);
        }
    }

    @Override
    public void add(RecordFacts r) {
        for (int i = 0; i < POPULATIONS.length; i++) {
            if (r.in(POPULATIONS[i])) {
                tables[i].add(r.record().adult().personId(), state.of(r, POPULATIONS[i]));
            }
        }
    }

    @Override
    public void merge(PartTally other) {
        People o = (People) other;
        for (int i = 0; i < tables.length; i++) {
            tables[i].merge(o.tables[i]);
        }
    }

    /**
     * @param field      one of the fields
     * @param population an SG1 population
     * @param counter    what to do with each distinct person's value of the field
     */
    void forEachValue(PersonField field, Population population, java.util.function.LongConsumer counter) {
        int f = state.fields().indexOf(field);
        int p = Arrays.asList(POPULATIONS).indexOf(population);
        if (f < 0 || p < 0) {
            throw new IllegalArgumentException(field + " in " + population + " is not part of the person state");
        }
        tables[p].forEachState(s -> counter.accept(state.field(s, f)));
    }

    /** @return the counts of an SG1 table for a population, in its shape's order */
    long[] counts(PersonBreakdown table, int size, Population population) {
        long[] counts = new long[size];
        forEachValue(table, population, v -> table.count(v, counts));
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof People other && Arrays.equals(tables, other.tables);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tables);
    }
}
