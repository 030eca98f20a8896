package org.mspsdk.returns;

import org.mspsdk.vocabulary.SacTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mspsdk.returns.Fixtures.CONCLUDED;
import static org.mspsdk.returns.Fixtures.column;
import static org.mspsdk.returns.Fixtures.concludedS42;
import static org.mspsdk.returns.Fixtures.expressed;
import static org.mspsdk.returns.Fixtures.person;
import static org.mspsdk.returns.Fixtures.tally;
import static org.mspsdk.returns.Fixtures.withEnquiry;
import static org.mspsdk.vocabulary.OutcomeAchievement.FULLY_ACHIEVED;
import static org.mspsdk.vocabulary.OutcomeAchievement.NOT_ACHIEVED;
import static org.mspsdk.vocabulary.OutcomeAchievement.PARTIALLY_ACHIEVED;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.PersonalOutcomes;
import org.mspsdk.model.RollUpRule;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.OutcomeAchievement;

class RollUpRuleTest {

    private static OutcomeAchievement roll(OutcomeAchievement... ratings) {
        return RollUpRule.SAC_DEFAULT.rollUp(List.of(ratings));
    }

    @Test
    void allFullyAchievedRollsUpToFully() {
        assertThat(roll(FULLY_ACHIEVED)).isEqualTo(FULLY_ACHIEVED);
        assertThat(roll(FULLY_ACHIEVED, FULLY_ACHIEVED, FULLY_ACHIEVED)).isEqualTo(FULLY_ACHIEVED);
    }

    @Test
    void atLeastOneFullyOrPartiallyRollsUpToPartially() {
        assertThat(roll(FULLY_ACHIEVED, PARTIALLY_ACHIEVED)).isEqualTo(PARTIALLY_ACHIEVED);
        assertThat(roll(FULLY_ACHIEVED, NOT_ACHIEVED)).isEqualTo(PARTIALLY_ACHIEVED);
        assertThat(roll(PARTIALLY_ACHIEVED, NOT_ACHIEVED)).isEqualTo(PARTIALLY_ACHIEVED);
        assertThat(roll(PARTIALLY_ACHIEVED)).isEqualTo(PARTIALLY_ACHIEVED);
    }

    @Test
    void noneFullyOrPartiallyRollsUpToNotAchieved() {
        assertThat(roll(NOT_ACHIEVED)).isEqualTo(NOT_ACHIEVED);
        assertThat(roll(NOT_ACHIEVED, NOT_ACHIEVED)).isEqualTo(NOT_ACHIEVED);
    }

    private static SafeguardingRecord concluded(String id, PersonalOutcomes o) {
        return withEnquiry(id, person("P-" + id).build(), "2025-05-01",
                concludedS42("2025-05-01", "2025-06-01").build(), o);
    }

    private static Map<String, Long> achieved(SacReturn r) {
        return column(r, SacTable.SG4A, CONCLUDED, "Outcomes Achieved");
    }

    @Test
    void theRecordedEnquiryLevelAnswerIsCountedEvenWhenTheRatingsRollUpDifferently() {
        SacReturn r = tally(concluded("R1", expressed(FULLY_ACHIEVED, FULLY_ACHIEVED, NOT_ACHIEVED)));

        assertThat(achieved(r)).containsExactly(Map.entry("Fully Achieved", 1L),
                Map.entry("Partially Achieved", 0L), Map.entry("Not Achieved", 0L));
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.ACHIEVEMENT_DISAGREES_WITH_ROLL_UP))
                .containsExactly("R1");
    }

    @Test
    void withoutAnEnquiryLevelAnswerTheRollUpOfCompleteRatingsIsCounted() {
        SacReturn r = tally(
                concluded("R1", expressed(null, FULLY_ACHIEVED, FULLY_ACHIEVED)),
                concluded("R2", expressed(null, FULLY_ACHIEVED, NOT_ACHIEVED)),
                concluded("R3", expressed(null, NOT_ACHIEVED, NOT_ACHIEVED)),
                concluded("R4", expressed(null, PARTIALLY_ACHIEVED, NOT_ACHIEVED)));

        assertThat(achieved(r)).containsExactly(Map.entry("Fully Achieved", 1L),
                Map.entry("Partially Achieved", 2L), Map.entry("Not Achieved", 1L));
        assertThat(r.dataQuality().count(DataQualityIssue.ACHIEVEMENT_FROM_ROLL_UP)).isEqualTo(4);
    }

    @Test
    void incompleteRatingsWithoutAnEnquiryLevelAnswerAreLeftOutOfTheAchievedBlock() {
        SacReturn r = tally(concluded("R1", expressed(null, FULLY_ACHIEVED, null)));

        assertThat(achieved(r).values()).containsOnly(0L);
        assertThat(r.dataQuality().sampleIds(DataQualityIssue.ACHIEVEMENT_NOT_RECORDED)).containsExactly("R1");
    }

    @Test
    void aReplacementRuleIsUsedForTheRollUp() {
        RollUpRule worstRating = ratings -> ratings.stream().max(Enum::compareTo).orElseThrow();
        SacSettings settings = SacSettings.of(Fixtures.YEAR).withRollUp(worstRating);
        SacReturn r = tally(settings, concluded("R1", expressed(null, FULLY_ACHIEVED, NOT_ACHIEVED)));

        assertThat(achieved(r)).containsExactly(Map.entry("Fully Achieved", 0L),
                Map.entry("Partially Achieved", 0L), Map.entry("Not Achieved", 1L));
    }
}
