package org.mspsdk.returns;

import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Ethnicity;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/** SG1c: distinct people by ethnicity, from their latest record; missing: {@code Undeclared / Not Known}, reported. */
final class Sg1cTally implements PersonBreakdown {

    private static final int BITS = PersonState.positionBits(Ethnicity.values().length);

    @Override
    public PersonState.Combine combine() {
        return PersonState.Combine.LATEST;
    }

    @Override
    public int bits() {
        return BITS;
    }

    @Override
    public long value(RecordFacts r, Population population) {
        AdultAtRisk adult = r.record().adult();
        if (adult.ethnicity().isEmpty()) {
            r.issue(DataQualityIssue.ETHNICITY_NOT_RECORDED);
            return Ethnicity.NOT_KNOWN.ordinal();
        }
        return adult.ethnicity().get().ordinal();
    }

    @Override
    public void count(long value, long[] counts) {
        counts[(int) value]++;
    }

    @Override
    public String toString() {
        return SacTable.SG1C.reference();
    }
}
