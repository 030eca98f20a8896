package org.mspsdk.returns;

import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Gender;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/** SG1b: distinct people by gender, from their latest record; missing: {@code Not Known}, reported. */
final class Sg1bTally implements PersonBreakdown {

    private static final int BITS = PersonState.positionBits(Gender.values().length);

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
        if (adult.gender().isEmpty()) {
            r.issue(DataQualityIssue.GENDER_NOT_RECORDED);
            return Gender.NOT_KNOWN.ordinal();
        }
        return adult.gender().get().ordinal();
    }

    @Override
    public void count(long value, long[] counts) {
        counts[(int) value]++;
    }

    @Override
    public String toString() {
        return SacTable.SG1B.reference();
    }
}
