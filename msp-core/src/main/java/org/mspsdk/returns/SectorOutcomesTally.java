package org.mspsdk.returns;

import java.util.Optional;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;
import org.mspsdk.vocabulary.VoiceType;

/**
 * The LGA sector outcomes measure ({@link MspMeasures.SectorOutcomesMeasure}) over distinct people with a concern
 * received in the year: six flags per person in the {@link PersonState}, OR-ed over their records (defined
 * outcomes; by themselves, a representative, a best-interests decision; achievement recorded; fully or partly
 * met, by the same achievement SG4a uses).
 */
final class SectorOutcomesTally implements PersonField {

    private static final int DEFINED = 0;
    private static final int SELF = 1;
    private static final int REPRESENTATIVE = 2;
    private static final int BEST_INTERESTS = 3;
    private static final int ACHIEVEMENT = 4;
    private static final int MET = 5;

    @Override
    public PersonState.Combine combine() {
        return PersonState.Combine.ANY;
    }

    @Override
    public int bits() {
        return PersonState.flagBits(MET + 1);
    }

    @Override
    public long value(RecordFacts r, Population population) {
        PersonalOutcomes o = r.record().outcomes();
        if (population != Population.SAFEGUARDING_CONCERNS || o.desiredOutcomes().isEmpty()) {
            return 0;
        }
        long bits = 1L << DEFINED;
        for (DesiredOutcome d : o.desiredOutcomes()) {
            VoiceType v = d.expressedBy().type();
            bits |= 1L << (v == VoiceType.ADULT ? SELF : v == VoiceType.REPRESENTATIVE ? REPRESENTATIVE
                    : BEST_INTERESTS);
        }
        Optional<OutcomeAchievement> a = r.achievement();
        if (a.isPresent()) {
            bits |= 1L << ACHIEVEMENT;
            if (a.get() != OutcomeAchievement.NOT_ACHIEVED) {
                bits |= 1L << MET;
            }
        }
        return bits;
    }

    /** @return the measure, from the person state of the concerns population */
    MspMeasures.SectorOutcomesMeasure measure(People people) {
        long[] n = new long[MET + 2];
        people.forEachValue(this, Population.SAFEGUARDING_CONCERNS, v -> {
            n[0]++;
            if ((v & (1L << DEFINED)) != 0) {
                for (int flag = DEFINED; flag <= MET; flag++) {
                    n[1 + flag] += (v >>> flag) & 1;
                }
            }
        });
        return new MspMeasures.SectorOutcomesMeasure(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    @Override
    public String toString() {
        return "sector outcomes measure";
    }
}
