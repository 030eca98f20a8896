package org.mspsdk.returns;

import java.util.Optional;
import org.mspsdk.model.AdultAtRisk;
import org.mspsdk.vocabulary.AgeBand;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.SacTable;

/**
 * SG1a: distinct people by age band, age on the last day of the year or at death ({@link Sg1aAge}).
 *
 * <p><b>A person's band comes from all their records together.</b> Each record with an age of 18 or over rules out
 * the bands its possible ages cannot fall in (an exact age rules out four; an age at concern whose two possible
 * ages straddle a band edge rules out three). The field keeps the bands ruled out by any record (an OR, so the
 * result does not depend on record order or partitioning): a person is counted in the one band no record rules
 * out. Several bands left (no age recorded, an age under 18, or every record straddling the same edge): {@code
 * Age unknown}. No band left (the records contradict each other): {@code Age unknown}, and the person is counted
 * in the data-quality report as {@link DataQualityIssue#AGE_RECORDS_DISAGREE}.
 */
final class Sg1aTally implements PersonBreakdown {

    /** The five real bands ({@code UNKNOWN} is the last entry). */
    private static final int BANDS = AgeBand.values().length - 1;
    /** Every band ruled out: the person's records contradict each other. */
    static final long ALL_RULED_OUT = (1L << BANDS) - 1;

    @Override
    public PersonState.Combine combine() {
        return PersonState.Combine.ANY;
    }

    @Override
    public int bits() {
        return BANDS;
    }

    @Override
    public long value(RecordFacts r, Population population) {
        AdultAtRisk adult = r.record().adult();
        Optional<Sg1aAge> age = Sg1aAge.of(adult, r.record().concern().receivedOn(), r.year());
        if (age.isEmpty()) {
            r.issue(DataQualityIssue.AGE_NOT_RECORDED);
            return 0;
        }
        Sg1aAge a = age.get();
        if (a.low() < 18) {
            r.issue(a.high() < 18 ? DataQualityIssue.AGE_UNDER_18 : DataQualityIssue.AGE_AMBIGUOUS);
            return 0;
        }
        AgeBand low = AgeBand.of(a.low());
        AgeBand high = AgeBand.of(a.high());
        if (low != high) {
            r.issue(DataQualityIssue.AGE_AMBIGUOUS);
        }
        return ALL_RULED_OUT & ~((1L << low.ordinal()) | (1L << high.ordinal()));
    }

    @Override
    public void count(long ruledOut, long[] counts) {
        long left = ALL_RULED_OUT & ~ruledOut;
        counts[Long.bitCount(left) == 1 ? Long.numberOfTrailingZeros(left) : AgeBand.UNKNOWN.ordinal()]++;
    }

    @Override
    public String toString() {
        return SacTable.SG1A.reference();
    }
}
