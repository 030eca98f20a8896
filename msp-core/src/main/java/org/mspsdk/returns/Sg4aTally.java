package org.mspsdk.returns;

import java.util.Arrays;
import java.util.Optional;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.vocabulary.AskedAboutOutcomes;
import org.mspsdk.vocabulary.OutcomeAchievement;
import org.mspsdk.vocabulary.Population;

/**
 * SG4a: section 42 enquiries concluded in the year. The asked block has one count per enquiry (missing:
 * {@code Not Recorded}, reported). The achieved block counts only {@code asked-expressed} enquiries, by the
 * recorded enquiry-level achievement, else the {@link org.mspsdk.model.RollUpRule} over the per-outcome ratings
 * when every negotiated outcome is rated (reported), else leaves the enquiry out (reported). An achievement
 * recorded for an enquiry that is not {@code asked-expressed} is not counted, and is reported.
 */
final class Sg4aTally implements TableTally {

    private final long[] asked = new long[AskedAboutOutcomes.values().length];
    private final long[] achieved = new long[OutcomeAchievement.values().length];

    @Override
    public void add(RecordFacts r) {
        if (r.concluded() != Population.CONCLUDED_S42) {
            return;
        }
        PersonalOutcomes o = r.record().outcomes();
        if (o.asked().isEmpty()) {
            r.issue(DataQualityIssue.ASKED_NOT_RECORDED);
        }
        AskedAboutOutcomes answer = o.asked().orElse(AskedAboutOutcomes.NOT_RECORDED);
        asked[answer.ordinal()]++;
        if (answer != AskedAboutOutcomes.ASKED_EXPRESSED) {
            if (o.enquiryAchievement().isPresent()
                    || o.negotiatedOutcomes().stream().anyMatch(n -> n.achievement().isPresent())) {
                r.issue(DataQualityIssue.ACHIEVEMENT_WITHOUT_OUTCOMES_EXPRESSED);
            }
            return;
        }
        Optional<OutcomeAchievement> a = r.achievement();
        if (r.achievementDisagreesWithRollUp()) {
            r.issue(DataQualityIssue.ACHIEVEMENT_DISAGREES_WITH_ROLL_UP);
        }
        if (r.achievementFromRollUp()) {
            r.issue(DataQualityIssue.ACHIEVEMENT_FROM_ROLL_UP);
        }
        if (a.isEmpty()) {
            r.issue(DataQualityIssue.ACHIEVEMENT_NOT_RECORDED);
            return;
        }
        achieved[a.get().ordinal()]++;
    }

    @Override
    public void merge(PartTally other) {
        Sg4aTally o = (Sg4aTally) other;
        Counts.addAll(asked, o.asked);
        Counts.addAll(achieved, o.achieved);
    }

    @Override
    public long[] counts(Population population) {
        long[] both = Arrays.copyOf(asked, asked.length + achieved.length);
        System.arraycopy(achieved, 0, both, asked.length, achieved.length);
        return both;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sg4aTally other && Arrays.equals(asked, other.asked)
                && Arrays.equals(achieved, other.achieved);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(asked) * 31 + Arrays.hashCode(achieved);
    }
}
