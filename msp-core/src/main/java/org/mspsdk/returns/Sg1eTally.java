package org.mspsdk.returns;

import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable.Sg1eFlag;
import org.mspsdk.vocabulary.SacTable;

/**
 * SG1e: distinct people with each learning, developmental or intellectual disability flag set on any of their
 * records in the population (one bit per flag, OR-ed). A missing flag is not counted, and is reported.
 */
final class Sg1eTally implements PersonBreakdown {

    private static final int BITS = PersonState.flagBits(Sg1eFlag.values().length);

    @Override
    public PersonState.Combine combine() {
        return PersonState.Combine.ANY;
    }

    @Override
    public int bits() {
        return BITS;
    }

    @Override
    public long value(RecordFacts r, Population population) {
        AdultAtRisk adult = r.record().adult();
        long flags = 0;
        if (adult.autismExcludingAsperger().orElse(false)) {
            flags |= 1L << Sg1eFlag.AUTISM_EXCLUDING_ASPERGER.ordinal();
        }
        if (adult.aspergerOrHighFunctioningAutism().orElse(false)) {
            flags |= 1L << Sg1eFlag.ASPERGER_OR_HIGH_FUNCTIONING_AUTISM.ordinal();
        }
        if (adult.autismExcludingAsperger().isEmpty() || adult.aspergerOrHighFunctioningAutism().isEmpty()) {
            r.issue(DataQualityIssue.DISABILITY_FLAGS_NOT_RECORDED);
        }
        return flags;
    }

    @Override
    public void count(long value, long[] counts) {
        for (int flag = 0; flag < counts.length; flag++) {
            if ((value & (1L << flag)) != 0) {
                counts[flag]++;
            }
        }
    }

    @Override
    public String toString() {
        return SacTable.SG1E.reference();
    }
}
