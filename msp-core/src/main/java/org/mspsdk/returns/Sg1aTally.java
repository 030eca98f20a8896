package org.mspsdk.returns;

import java.util.Optional;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * SG1a: distinct people by age band, age on the last day of the year or at death ({@link Sg1aAge}). A person's
 * band comes from their latest record ({@link PersonState}). No age, an age under 18, or an age at concern that
 * could fall either side of a band boundary: {@code Age unknown}, reported.
 */
final class Sg1aTally implements PersonBreakdown {

    private static final int BITS = PersonState.positionBits(AgeBand.values().length);

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
        Optional<Sg1aAge> age = Sg1aAge.of(adult, r.record().concern().receivedOn(), r.year());
        if (age.isEmpty()) {
            r.issue(DataQualityIssue.AGE_NOT_RECORDED);
            return AgeBand.UNKNOWN.ordinal();
        }
        Optional<AgeBand> band = age.get().band();
        if (band.isEmpty()) {
            r.issue(age.get().high() < 18 ? DataQualityIssue.AGE_UNDER_18 : DataQualityIssue.AGE_AMBIGUOUS);
            return AgeBand.UNKNOWN.ordinal();
        }
        return band.get().ordinal();
    }

    @Override
    public void count(long value, long[] counts) {
        counts[(int) value]++;
    }

    @Override
    public String toString() {
        return SacTable.SG1A.reference();
    }
}
