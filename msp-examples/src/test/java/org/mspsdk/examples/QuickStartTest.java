package org.mspsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mspsdk.model.SafeguardingRecord;
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
}
