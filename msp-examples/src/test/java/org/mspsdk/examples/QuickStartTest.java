package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
import org.mspsdk.validation.Profile;
import org.mspsdk.validation.Validator;
import org.mspsdk.vocabulary.OutcomeAchievement;

class QuickStartTest {

    @Test
    void quickStartBuildsAConcludedEnquiryWithOutcomesAndAchievement() {
        SafeguardingRecord r = QuickStart.record();
        assertThat(r.enquiry().orElseThrow().isConcluded()).isTrue();
        assertThat(r.outcomes().desiredOutcomes()).hasSize(1);
        assertThat(r.outcomes().negotiatedOutcomes().get(0).desiredOutcomeIds()).containsExactly("do-1");
        assertThat(r.outcomes().enquiryAchievement()).contains(OutcomeAchievement.FULLY_ACHIEVED);
        assertThat(r.toString()).doesNotContain("pension", "P-1042", "1941");
    }

    @Test
    void quickStartRecordIsCompleteForTheSacWithNoFindingAtAll() {
        Validator validator = Validator.builder()
                .profile(Profile.SAC_COMPLETE)
                .clock(Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC))
                .build();
        assertThat(validator.validate(QuickStart.record()).findings()).isEmpty();
    }
}
