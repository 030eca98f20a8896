package org.mspsdk.returns;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
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
    private final PersonFingerprint fingerprint = new PersonFingerprint();

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
        boolean hashed = false;
        for (int i = 0; i < POPULATIONS.length; i++) {
            if (r.in(POPULATIONS[i])) {
                if (!hashed) {
                    fingerprint.of(r.record().adult().personId());
                    hashed = true;
                }
                tables[i].add(fingerprint.high(), fingerprint.low(), state.of(r, POPULATIONS[i]));
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
    void forEachValue(PersonField field, Population population, LongConsumer counter) {
        int f = state.fields().indexOf(field);
        if (f < 0) {
            throw new IllegalArgumentException(field + " is not part of the person state");
        }
        forEachState(population, s -> counter.accept(state.field(s, f)));
    }

    private void forEachState(Population population, LongConsumer action) {
        int p = Arrays.asList(POPULATIONS).indexOf(population);
        if (p < 0) {
            throw new IllegalArgumentException(population + " is not an SG1 population");
        }
        tables[p].forEachState(action);
    }

    /**
     * The counts of several SG1 tables for one population, from one pass over its people.
     *
     * @param population an SG1 population
     * @param tables     the tables and their number of cells
     * @return each table's counts, in its shape's order
     */
    Map<PersonBreakdown, long[]> counts(Population population, Map<PersonBreakdown, Integer> tables) {
        PersonBreakdown[] t = tables.keySet().toArray(new PersonBreakdown[0]);
        int[] field = new int[t.length];
        long[][] counts = new long[t.length][];
        for (int i = 0; i < t.length; i++) {
            field[i] = state.fields().indexOf(t[i]);
            counts[i] = new long[tables.get(t[i])];
        }
        forEachState(population, s -> {
            for (int i = 0; i < t.length; i++) {
                t[i].count(state.field(s, field[i]), counts[i]);
            }
        });
        Map<PersonBreakdown, long[]> out = new HashMap<>();
        for (int i = 0; i < t.length; i++) {
            out.put(t[i], counts[i]);
        }
        return out;
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
