package org.mspsdk.returns;

import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.PrimarySupportReason;
import org.mspsdk.vocabulary.SacTable;

/**
 * SG1d: distinct people by primary support reason. A person is counted once under each distinct reason among
 * their records in the population (one bit per reason, OR-ed); missing: {@code Not Known}, reported.
 */
final class Sg1dTally implements PersonBreakdown {

    private static final int BITS = PersonState.flagBits(PrimarySupportReason.values().length);

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
        if (adult.primarySupportReason().isEmpty()) {
            r.issue(DataQualityIssue.SUPPORT_REASON_NOT_RECORDED);
            return 1L << PrimarySupportReason.NOT_KNOWN.ordinal();
        }
        return 1L << adult.primarySupportReason().get().ordinal();
    }

    @Override
    public void count(long value, long[] counts) {
        for (int reason = 0; reason < counts.length; reason++) {
            if ((value & (1L << reason)) != 0) {
                counts[reason]++;
            }
        }
    }

    @Override
    public String toString() {
        return SacTable.SG1D.reference();
    }
}
