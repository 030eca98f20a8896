package org.mspsdk.returns;

import java.util.Optional;
import java.util.function.Function;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * An SG1 table of distinct people by one coded attribute of the adult (gender, ethnicity), taken from the
 * person's latest record; a missing value is counted under the list's "not known" entry and reported. Beside it,
 * a companion field ({@link #seen()}) keeps which codes any of the person's records gave, so that people whose
 * records disagree are counted in the data-quality report.
 *
 * @param <E> the code list
 */
abstract class LatestCodeBreakdown<E extends Enum<E>> implements PersonBreakdown {

    private final SacTable table;
    private final int bits;
    private final Function<AdultAtRisk, Optional<E>> attribute;
    private final DataQualityIssue missing;
    private final E notKnown;
    private final PersonField seen;

    LatestCodeBreakdown(SacTable table, E[] values, Function<AdultAtRisk, Optional<E>> attribute,
            DataQualityIssue missing, E notKnown) {
        this.table = table;
        this.bits = PersonState.positionBits(values.length);
        this.attribute = attribute;
        this.missing = missing;
        this.notKnown = notKnown;
        int entries = values.length;
        this.seen = new PersonField() {
            @Override
            public PersonState.Combine combine() {
                return PersonState.Combine.ANY;
            }

            @Override
            public int bits() {
                return PersonState.flagBits(entries);
            }

            @Override
            public long value(RecordFacts r, Population population) {
                return attribute.apply(r.record().adult()).map(e -> 1L << e.ordinal()).orElse(0L);
            }

            @Override
            public String toString() {
                return table.reference() + " codes seen";
            }
        };
    }

    /** @return the companion field: one bit per code any of the person's records gave (missing gives none) */
    final PersonField seen() {
        return seen;
    }

    @Override
    public final PersonState.Combine combine() {
        return PersonState.Combine.LATEST;
    }

    @Override
    public final int bits() {
        return bits;
    }

    @Override
    public final long value(RecordFacts r, Population population) {
        Optional<E> code = attribute.apply(r.record().adult());
        if (code.isEmpty()) {
            r.issue(missing);
            return notKnown.ordinal();
        }
        return code.get().ordinal();
    }

    @Override
    public final void count(long value, long[] counts) {
        counts[(int) value]++;
    }

    @Override
    public final String toString() {
        return table.reference();
    }
}
