package org.mspsdk.returns;

import java.util.Optional;
import java.util.function.Function;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * An SG1 table of distinct people by one coded attribute of the adult (gender, ethnicity), taken from the
 * person's latest record; a missing value is counted under the list's "not known" entry and reported.
 *
 * @param <E> the code list
 */
abstract class LatestCodeBreakdown<E extends Enum<E>> implements PersonBreakdown {

    private final SacTable table;
    private final int bits;
    private final Function<AdultAtRisk, Optional<E>> attribute;
    private final DataQualityIssue missing;
    private final E notKnown;

    LatestCodeBreakdown(SacTable table, E[] values, Function<AdultAtRisk, Optional<E>> attribute,
            DataQualityIssue missing, E notKnown) {
        this.table = table;
        this.bits = PersonState.positionBits(values.length);
        this.attribute = attribute;
        this.missing = missing;
        this.notKnown = notKnown;
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
