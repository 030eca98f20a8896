package org.mspsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mspsdk.validation.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.DesiredOutcome;
import org.mspsdk.model.NegotiatedOutcome;
import org.mspsdk.model.OutcomeRevision;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.vocabulary.NegotiationChangeReason;

/** MSP-OUT-018: saving over an earlier version only appends to the person's words and the history. */
class HistoryRuleTest {

    private final Validator validator = validator(Profile.SAC_COMPLETE);

    private List<Finding> out018(SafeguardingRecord before, SafeguardingRecord after) {
        return validator.validateUpdate(before, after).findings().stream()
                .filter(f -> f.ruleId().equals("MSP-OUT-018")).toList();
    }

    @Test
    void appendingARevisionIsAllowed() {
        SafeguardingRecord before = valid();
        SafeguardingRecord after = negotiated(before, 0, n -> n.revise(OutcomeRevision.changed(CONCLUDED,
                "Door alarm and a key safe", NegotiationChangeReason.PERSON_CHANGED_MIND)));
        assertThat(validator.validateUpdate(before, after).findings()).isEmpty();
    }

    @Test
    void changingTheFirstWordingFires() {
        SafeguardingRecord before = valid();
        SafeguardingRecord after = negotiated(before, 0, n -> new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(),
                List.of(OutcomeRevision.changed(COMMENCED, "Door alarm", NegotiationChangeReason.OTHER),
                        n.revisions().get(1)), n.achievement()));
        assertThat(out018(before, after)).extracting(Finding::severity, Finding::path)
                .containsExactly(tuple(Severity.ERROR, "outcomes.negotiatedOutcomes[0].revisions[0]"));
    }

    @Test
    void removingARevisionFires() {
        SafeguardingRecord before = valid();
        SafeguardingRecord after = negotiated(before, 0, n -> new NegotiatedOutcome(n.id(), n.desiredOutcomeIds(),
                List.of(n.revisions().get(0)), n.achievement()));
        assertThat(out018(before, after)).extracting(Finding::path)
                .containsExactly("outcomes.negotiatedOutcomes[0].revisions[1]");
    }

    @Test
    void rewordingADesiredOutcomeFires() {
        SafeguardingRecord before = valid();
        SafeguardingRecord after = desired(before, 1, d -> new DesiredOutcome(d.id(), "Keep seeing my grandson",
                d.expressedBy(), d.expressedOn(), d.stage(), d.category()));
        assertThat(out018(before, after)).extracting(Finding::path)
                .containsExactly("outcomes.desiredOutcomes[1].wording");
    }

    @Test
    void removingOutcomesFires() {
        SafeguardingRecord before = valid();
        SafeguardingRecord after = outcomes(before, o -> o.desiredOutcomes(List.of(before.outcomes()
                .desiredOutcomes().get(0))).negotiatedOutcomes(List.of(before.outcomes().negotiatedOutcomes().get(0)))
                .enquiryAchievement(org.mspsdk.vocabulary.OutcomeAchievement.FULLY_ACHIEVED));
        assertThat(out018(before, after)).extracting(Finding::path)
                .containsExactly("outcomes.desiredOutcomes", "outcomes.negotiatedOutcomes");
    }

    @Test
    void reorderingOutcomesIsAllowed() {
        SafeguardingRecord before = valid();
        SafeguardingRecord after = outcomes(before, o -> o.negotiatedOutcomes(List.of(
                before.outcomes().negotiatedOutcomes().get(1), before.outcomes().negotiatedOutcomes().get(0))));
        assertThat(out018(before, after)).isEmpty();
    }
}
